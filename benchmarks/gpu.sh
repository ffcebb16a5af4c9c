#!/usr/bin/env bash
# The prepared GPU benchmark: sets up .venv/ (tools/setup.sh) and prints one table (benchmarks/gpu.py's docstring says
# what each row measures). On one H100/H200 it takes a few minutes; `--quick` runs every row small on the CPU (the CI
# smoke test). Extra arguments go to gpu.py, e.g. `bash benchmarks/gpu.sh --device cuda`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh > /dev/null
exec .venv/bin/python benchmarks/gpu.py "$@"
