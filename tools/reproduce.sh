#!/usr/bin/env bash
# Sets up .venv/ (tools/setup.sh), then runs the whole study with invnb_reproduce on the offline
# default data (scikit-learn's digits, C4, 3 seeds): writes runs/digits-c4/report.md, results.json
# and figures. Extra arguments go to invnb_reproduce (see `.venv/bin/invnb_reproduce --help`).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
.venv/bin/invnb_reproduce --out runs/digits-c4 "$@"
