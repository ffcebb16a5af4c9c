"""fit() against a minimal hand-written PyTorch loop: examples per second on the same model and device-resident data.

Target (issue 3): fit reaches at least 0.9 of the hand loop's examples/s. Both loops train the same MLP
architecture with Adam from the same initialization, on tensors already on the device, with and
without C4 orbit augmentation (the hand loop augments with per-image torch.rot90 by index gather, the
same work invnb's OrbitAugment does). Run: .venv/bin/python benchmarks/train_throughput.py [--device cuda]
"""
import torch
from _common import parse, datasets, interleaved, describe, hand_loop
from invnb.groups import rotations
from invnb.models import MLP
from invnb.train import fit



def main():
    a = parse(__doc__.splitlines()[0], epochs=5, batch_size=128)
    print(describe(a.device))
    print(f'{"data":14} {"augment":8} {"hand ex/s":>11} {"fit ex/s":>11} {"fit/hand":>9}')
    for name, d in datasets(a.device).items():
        G = rotations(d.size)
        for augment in (False, True):
            def model():
                torch.manual_seed(0); return MLP(in_shape=(1, *d.size), hidden=(256, 256), device=a.device)
            m_hand, m_fit = model(), model()
            perms = G.perms.to(a.device) if augment else None
            t_hand, t_fit = interleaved([
                lambda: hand_loop(m_hand, d.x_train, d.y_train, a.epochs, a.batch_size, perms=perms),
                lambda: fit(m_fit, d.x_train, d.y_train, group=G if augment else None, epochs=a.epochs,
                            batch_size=a.batch_size, progress=False)], a.device, a.repeats)
            n = a.epochs * len(d.x_train)
            print(f'{name:14} {str(augment):8} {n / t_hand:>11,.0f} {n / t_fit:>11,.0f} {t_hand / t_fit:>9.2f}')


if __name__ == '__main__': main()
