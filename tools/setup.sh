#!/usr/bin/env bash
# Sets up .venv/ with invnb (editable) and its dev tools. Idempotent: a second run with the same
# settings.ini returns at once. Override the torch install with TORCH_SPEC, e.g.
#   TORCH_SPEC="torch torchvision --index-url https://download.pytorch.org/whl/cpu" bash tools/setup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
TORCH_SPEC=${TORCH_SPEC:-"torch==2.14.1 torchvision==0.29.1"}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
stamp=.venv/.invnb-setup
want=$(cat settings.ini setup.py tools/setup.sh | sha256sum | cut -c1-16)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then exit 0; fi
start=$(date +%s)
echo "setup: installing torch ($TORCH_SPEC), invnb and its dev tools into .venv/"
# One pip call, so that one resolver sees the torch pins and nbdev's pins together.
# shellcheck disable=SC2086
if ! .venv/bin/python -m pip install -q --disable-pip-version-check $TORCH_SPEC -e ".[dev]" >.venv/pip.log 2>&1; then
  cat .venv/pip.log; echo "setup: pip install failed (log above, kept in .venv/pip.log)" >&2; exit 1
fi
.venv/bin/python -c "import invnb, torch, nbdev; print('setup: invnb', invnb.__version__, '| torch', torch.__version__, '| nbdev', nbdev.__version__)"
echo "$want" >"$stamp"
echo "setup: done in $(( $(date +%s) - start )) s"
