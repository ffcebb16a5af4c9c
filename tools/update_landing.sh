#!/usr/bin/env bash
# Refreshes the landing page's results from a real, complete default run: runs the study from
# scratch (tools/reproduce.sh), copies its report, results.json and figures into nbs/assets/digits-c4/,
# re-executes nbs/index.ipynb and regenerates README.md. Commit the changed files afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf runs/digits-c4
bash tools/reproduce.sh --quiet
mkdir -p nbs/assets/digits-c4
rm -f nbs/assets/digits-c4/*
cp runs/digits-c4/report.md runs/digits-c4/results.json runs/digits-c4/fig_*.png nbs/assets/digits-c4/
(cd nbs && INVNB_PROGRESS=0 MPLBACKEND=module://matplotlib_inline.backend_inline \
  ../.venv/bin/jupyter nbconvert --to notebook --execute --inplace index.ipynb)
.venv/bin/nbdev_clean --fname nbs/index.ipynb
.venv/bin/python tools/make_readme.py
