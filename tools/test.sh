#!/usr/bin/env bash
# Sets up .venv/ (tools/setup.sh) and runs every notebook's test cells. Extra arguments go to
# tools/nbtest.py, e.g. `bash tools/test.sh --flags slow` also runs the cells marked `#| slow`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
.venv/bin/python tools/nbtest.py "$@"
