#!/usr/bin/env bash
# Every generated file, in one step list: the module invnb/ from the notebooks (nbdev_export), the
# notebooks cleaned (nbdev_clean), the Colab badges and install cells (colab.py), the docs sidebar
# (sidebar.py) and README.md (make_readme.py). tools/prepare.sh runs it to write them; .ci/run runs it
# with --check, which writes nothing of its own and exits 1 naming what is out of date.
#   bash tools/generate.sh          # write
#   bash tools/generate.sh --check  # CI: is everything generated in sync with the notebooks?
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-}
[ -z "$mode" ] || [ "$mode" = --check ] || { echo "generate: unknown option '$mode' (use --check or nothing)" >&2; exit 2; }
unchanged() {  # nbdev_export and nbdev_clean have no check mode: in check mode they run, and git must see no change
  [ "$mode" = --check ] || return 0
  local changed; changed=$(git status --porcelain -- "$1")
  [ -z "$changed" ] || { git --no-pager diff --stat -- "$1"; echo "generate: $2 changed $1 ($changed): $3" >&2; exit 1; }
}
.venv/bin/nbdev_export
unchanged invnb "nbdev_export" "edit the notebooks, export, and commit both"
.venv/bin/nbdev_clean
unchanged nbs "nbdev_clean" "run bash tools/generate.sh and commit"
for tool in colab sidebar make_readme; do .venv/bin/python "tools/$tool.py" $mode; done
