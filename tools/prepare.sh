#!/usr/bin/env bash
# The offline equivalent of `nbdev_prepare`: set up .venv, write every generated file
# (tools/generate.sh: export, clean, Colab cells, sidebar, README.md without Quarto), then run the
# tests (extra arguments go to tools/nbtest.py, e.g. --flags slow). CI runs the same step list with
# --check (.ci/run). `nbdev_prepare` itself works where Quarto is installed, but it writes README.md
# with Quarto's renderer: run `bash tools/generate.sh` after it, or CI's README check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
bash tools/generate.sh
.venv/bin/python tools/nbtest.py "$@"
