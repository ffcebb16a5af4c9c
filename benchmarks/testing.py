"""Cost of invnb.testing and invnb.lie: `assert_equivariant` on a ResNet-18 at 64×64 with 16 images under C4
(target ≤ 10 s on 2 CPU cores, diagnosis of the failure included), and `lie_derivative` end to end against plain
forward passes of the same model on the same images (target: at most 3 forward passes' time).

The ResNet-18 has random weights (none can be downloaded here); it is not C4-invariant, so the assertion fails
and its per-layer diagnosis runs, which is the dear case. Run: .venv/bin/python benchmarks/testing.py [--device cuda]
"""
import time
import torch
import torchvision
from _common import parse, interleaved, describe, sync
from invnb.groups import rotations
from invnb.models import MLP, SmallCNN, GCNN
from invnb.testing import assert_invariant
from invnb.lie import lie_derivative


def main():
    a = parse(__doc__.splitlines()[0])
    print(describe(a.device))
    torch.manual_seed(0)
    resnet = torchvision.models.resnet18(weights=None).to(a.device).eval()
    x64, G64 = torch.rand(16, 3, 64, 64, device=a.device), rotations(64)
    ts, first = [], '(it passed)'
    for _ in range(3):
        t = time.perf_counter()
        try: assert_invariant(resnet, x64, G64); failed = False
        except AssertionError as e: failed, first = True, next(l for l in str(e).splitlines() if l.startswith('First layer'))
        sync(a.device); ts.append(time.perf_counter() - t)
    print(f'assert_invariant, ResNet-18, 16 images 64×64, C4: {min(ts):.2f} s (best of 3; failed as expected: {failed}; target ≤ 10 s)')
    print(f'  {first[:150]}')
    models = {'MLP, digits 8×8': (MLP(), torch.rand(4096, 1, 8, 8)),
              'CNN, 28×28': (SmallCNN((1, 28, 28), 10, channels=(16, 32, 64), padding_mode='zeros', downsample=True), torch.rand(256, 1, 28, 28)),
              'G-CNN C4, 28×28': (GCNN((1, 28, 28), 10, rotations(28), channels=(8, 16, 32), downsample=True), torch.rand(256, 1, 28, 28)),
              'ResNet-18, 64×64': (resnet, torch.rand(64, 3, 64, 64))}
    print(f'{"model":18} {"images":>6} {"forward s":>10} {"lie_derivative s":>17} {"ratio":>6}')
    for name, (m, x) in models.items():
        m, x = m.to(a.device).eval(), x.to(a.device)
        def forward():
            with torch.no_grad(): m(x)
        t_f, t_l = interleaved([forward, lambda: lie_derivative(m, x, 'rotation', batch_size=len(x))], a.device, a.repeats)
        print(f'{name:18} {len(x):>6} {t_f:>10.4f} {t_l:>17.4f} {t_l / t_f:>6.2f}')


if __name__ == '__main__': main()
