#!/usr/bin/env bash
# Executes notebooks in place (from nbs/, as nbdev_test does), then cleans them with nbdev_clean:
# how a notebook's committed outputs are refreshed after an edit.
#   bash tools/run_nb.sh nbs/06_metrics.ipynb [more notebooks]
set -euo pipefail
cd "$(dirname "$0")/.."
for nb in "$@"; do
  start=$(date +%s)
  (cd nbs && INVNB_PROGRESS=0 MPLBACKEND=module://matplotlib_inline.backend_inline \
    ../.venv/bin/jupyter nbconvert --to notebook --execute --inplace --ExecutePreprocessor.timeout=1200 "$(basename "$nb")" 2>&1 | { grep -v -e '^\[NbConvertApp\]' -e 'Kernel is running over TCP' || true; })
  .venv/bin/nbdev_clean --fname "$nb"
  echo "run_nb: $nb executed and cleaned in $(( $(date +%s) - start )) s"
done
