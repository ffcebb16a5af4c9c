"""The regularizer's single forward (x and its transformed copies as one batch, `InvarianceRegularizer.joint`,
which `fit` uses) against the two-forward route (x, then its copies) that any plain callable regularizer takes.

Issue 11's target: the single forward no slower than the two (ratio ≤ 1). One epoch of `fit` per timing,
the two routes alternated (after a warm-up each) so drift hits both alike; the median is reported.
Run: .venv/bin/python benchmarks/joint_forward.py [--device cuda] [--repeats 5]
"""
import torch
from _common import parse, describe, interleaved
from invnb.groups import dihedral
from invnb.models import MLP
from invnb.train import fit
from invnb.regularize import InvarianceRegularizer


def main():
    a = parse(__doc__.splitlines()[0], n=8000, k=0)
    a.repeats = min(a.repeats, 5)
    print(describe(a.device))
    g = torch.Generator().manual_seed(0)
    x, y = torch.rand(a.n, 1, 28, 28, generator=g).to(a.device), torch.randint(10, (a.n,), generator=g).to(a.device)
    G = dihedral(28)
    reg = InvarianceRegularizer(G, 1.0, n_samples=a.k or None)
    two = lambda model, xb, z, gen: reg(model, xb, z, gen)                   # a plain callable: fit takes the two-forward route
    def run(r):
        torch.manual_seed(0); m = MLP(in_shape=(1, 28, 28), hidden=(256, 256), device=a.device)
        return lambda: fit(m, x, y, group=G, regularizer=r, epochs=1, progress=False)
    t_joint, t_two = interleaved([run(reg), run(two)], a.device, a.repeats)
    print(f"one epoch of fit, {a.n} random 28x28 images, D4, {'whole group' if not a.k else f'{a.k} sampled elements'}, MLP 784-256-256-10:")
    print(f"  joint (one forward): {t_joint:.2f} s; two forwards: {t_two:.2f} s; ratio {t_joint / t_two:.2f} (target <= 1: {'met' if t_joint <= t_two else 'NOT met'})")


if __name__ == '__main__': main()
