#!/usr/bin/env bash
# Builds invnb's wheel and installs it into a throw-away venv (.venv-wheel/) with fastcore 2.x and
# no nbdev, then imports every module and runs tools/smoke.py there. torch & co. come from .venv/
# through links to its site-packages entries, minus nbdev's stack and invnb itself (appended to
# sys.path by a .pth file), so the check costs seconds, not another torch install.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf .venv-wheel dist
.venv/bin/python -m pip wheel -q --no-deps --no-build-isolation . -w dist >/dev/null 2>&1 \
  || { .venv/bin/python -m pip wheel --no-deps --no-build-isolation . -w dist; exit 1; }
python_bin=$(.venv/bin/python -c 'import sys; print(sys.executable)')
"$python_bin" -m venv .venv-wheel
.venv-wheel/bin/python -m pip install -q --disable-pip-version-check --no-deps dist/invnb-*.whl "fastcore>=2" \
  >.venv-wheel/pip.log 2>&1 || { cat .venv-wheel/pip.log; exit 1; }
site=$(.venv/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
wsite=$(.venv-wheel/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
mkdir -p .venv-wheel/deps
for p in "$site"/*; do
  case "$(basename "$p")" in
    nbdev*|execnb*|ghapi*|fastcore*|invnb*|__editable__*|_invnb*|*.pth|__pycache__) ;;
    *) ln -s "$p" .venv-wheel/deps/ ;;
  esac
done
echo "$PWD/.venv-wheel/deps" >"$wsite/zz_invnb_deps_from_dev_venv.pth"
cd /tmp && "$OLDPWD/.venv-wheel/bin/python" "$OLDPWD/tools/smoke.py" "$OLDPWD"
