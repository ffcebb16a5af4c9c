#!/usr/bin/env bash
# nbdev's own page processing (`nbdev_proc_nbs`), the step `nbdev_docs` and the deploy workflow run
# before handing the pages to Quarto: it executes each notebook's import and show_doc cells and
# fails when a notebook would break the docs. Quarto's binary cannot be installed offline, and
# nbdev only needs it for the final render, so a stub `quarto` that prints a version stands in
# (a real one on PATH is used as it is). Writes _proc/; fails if any notebook has no page there.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
if ! command -v quarto >/dev/null; then
  stub=$(mktemp -d); printf '#!/bin/sh\necho 1.5.57\n' >"$stub/quarto"; chmod +x "$stub/quarto"
  export PATH="$stub:$PATH"
fi
rm -rf _proc
log=$(mktemp)
if ! .venv/bin/nbdev_proc_nbs >"$log" 2>&1; then
  tail -40 "$log"; echo "proc_docs: nbdev_proc_nbs failed: a notebook breaks the docs (log above)" >&2; exit 1
fi
missing=()
for nb in nbs/*.ipynb; do [ -f "_proc/$(basename "$nb")" ] || missing+=("$nb"); done
[ ${#missing[@]} -eq 0 ] || { echo "proc_docs: no processed page for: ${missing[*]}" >&2; exit 1; }
echo "proc_docs: nbdev_proc_nbs processed $(ls nbs/*.ipynb | wc -l) notebooks into _proc/"
