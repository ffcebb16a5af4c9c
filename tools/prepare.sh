#!/usr/bin/env bash
# The offline equivalent of `nbdev_prepare`, and what CI checks: export the notebooks to invnb/,
# clean them, regenerate README.md from nbs/index.ipynb without Quarto, regenerate the Colab
# badges and install cells from settings.ini, then run the tests (extra arguments go to
# tools/nbtest.py, e.g. --flags slow). `nbdev_prepare` itself works where Quarto is installed, but
# it writes README.md with Quarto's renderer: run `python tools/make_readme.py` after it, or CI's
# README check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
.venv/bin/nbdev_export
.venv/bin/nbdev_clean
.venv/bin/python tools/colab.py
.venv/bin/python tools/sidebar.py
.venv/bin/python tools/make_readme.py
.venv/bin/python tools/nbtest.py "$@"
