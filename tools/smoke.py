"""Smoke test of an installed invnb (run by tools/check_wheel.sh, outside the source tree, without nbdev):
every module imports, the console script answers --help, and the README's quickstart runs."""
import importlib, importlib.metadata, pkgutil, subprocess, sys
from pathlib import Path
import fastcore, invnb

assert 'site-packages' in invnb.__file__, f'invnb imported from the source tree ({invnb.__file__}), not the wheel'
assert importlib.util.find_spec('nbdev') is None, 'nbdev is importable here: the check must run without it'
mods = [m.name for m in pkgutil.iter_modules(invnb.__path__) if not m.name.startswith('_')]
for m in mods: importlib.import_module(f'invnb.{m}')
from invnb import rotations, flips, dihedral, translations, Group, MLP, GroupPool, fit, InvarianceRegularizer, invariance_report
assert all(hasattr(invnb, n) for n in invnb.__all__), [n for n in invnb.__all__ if not hasattr(invnb, n)]
for m in mods: assert type(getattr(invnb, m)).__name__ == 'module', f'invnb.{m} is shadowed by a top-level name: {getattr(invnb, m)!r}'
assert callable(invnb.reproduce.evaluate_claims)            # the pinned API, reached as an attribute path
meta = importlib.metadata.metadata('invnb')
status = next(l.split('=')[1].strip() for l in (Path(sys.argv[1]) / 'settings.ini').read_text().splitlines() if l.startswith('status'))
assert f'Development Status :: {status} - ' in '\n'.join(meta.get_all('Classifier')), (status, meta.get_all('Classifier'))

exe = Path(sys.executable).parent / 'invnb_reproduce'
h = subprocess.run([str(exe), '--help'], capture_output=True, text=True)
assert h.returncode == 0 and '--severities' in h.stdout, f'invnb_reproduce --help failed: {h.stderr[-500:]}'
bad = subprocess.run([str(exe), '--group', 'so3'], capture_output=True, text=True)
assert bad.returncode == 2 and "group='so3'" in bad.stderr, f'a bad option must fail with a message: {bad.stderr[-500:]}'

# The README's quickstart, as a user would type it.
import torch
from invnb.groups import rotations
from invnb.data import digits
from invnb.models import MLP
from invnb.train import fit
from invnb.metrics import invariance_report
data = digits()
G = rotations(data.size)
torch.manual_seed(0); model = MLP()
fit(model, data.x_train, data.y_train, group=G, epochs=3)
r = invariance_report(model, data.x_test, G, data.y_test)
assert 0 <= r['pdi'] <= 1 and -1 <= r['sis'] <= 1, r
torch.manual_seed(0); tied = MLP(group=G)
assert invariance_report(tied, torch.randn(20, 1, 8, 8), G)['li'] > 1 - 1e-5
print(f'wheel ok: invnb {invnb.__version__} with fastcore {fastcore.__version__}, no nbdev; modules {mods}; '
      f'invnb_reproduce --help and the quickstart ran')
