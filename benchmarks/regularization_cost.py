"""Cost of invariance regularization: time per training step with InvarianceRegularizer over k sampled
elements, relative to an augmentation-only step.

Target (issue 3): ratio <= 1.1 * (1 + k), since a regularized step runs 1 + k forwards (and their backward)
where an augmented step runs one. Group D4 (8 elements); k = 1, 2, 4, and the whole group (k = 7 others).
Run: .venv/bin/python benchmarks/regularization_cost.py [--device cuda]
"""
import torch
from _common import parse, datasets, interleaved, describe
from invnb.groups import dihedral
from invnb.models import MLP
from invnb.train import fit
from invnb.regularize import InvarianceRegularizer


def main():
    a = parse(__doc__.splitlines()[0], epochs=3, batch_size=128)
    print(describe(a.device))
    print(f'{"data":14} {"k":>4} {"aug ms/step":>12} {"reg ms/step":>12} {"ratio":>7} {"target":>7}  ok')
    for name, d in datasets(a.device).items():
        G = dihedral(d.size)
        steps = a.epochs * -(-len(d.x_train) // a.batch_size)
        for k in (1, 2, 4, None):
            def run(reg):
                torch.manual_seed(0); m = MLP(in_shape=(1, *d.size), hidden=(256, 256), device=a.device)
                return lambda: fit(m, d.x_train, d.y_train, group=G, regularizer=reg, epochs=a.epochs,
                                   batch_size=a.batch_size, progress=False)
            t_aug, t_reg = interleaved([run(None), run(InvarianceRegularizer(G, 1.0, n_samples=k))], a.device, a.repeats)
            kk = k or len(G) - 1
            ratio, target = t_reg / t_aug, 1.1 * (1 + kk)
            print(f'{name:14} {("all" if k is None else k):>4} {1e3 * t_aug / steps:>12.2f} {1e3 * t_reg / steps:>12.2f} '
                  f'{ratio:>7.2f} {target:>7.2f}  {"yes" if ratio <= target else "NO"}')


if __name__ == '__main__': main()
