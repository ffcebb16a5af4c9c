"""Smoke test of an installed invnb (run by tools/check_wheel.sh, outside the source tree)."""
import importlib, pkgutil, sys
import fastcore, invnb

assert 'site-packages' in invnb.__file__, f'invnb imported from the source tree ({invnb.__file__}), not the wheel'
assert importlib.util.find_spec('nbdev') is None, 'nbdev is importable here: the check must run without it'
mods = [m.name for m in pkgutil.iter_modules(invnb.__path__) if not m.name.startswith('_')]
for m in mods: importlib.import_module(f'invnb.{m}')
import torch
from invnb.groups import rotations
G = rotations(8)
x = torch.randn(3, 2, 8, 8)
assert torch.equal(G.orbit(x)[:, 1], torch.rot90(x, 1, (-2, -1)))
print(f'wheel ok: invnb {invnb.__version__} with fastcore {fastcore.__version__}, no nbdev; modules {mods}')
