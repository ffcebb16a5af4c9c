"""fit() against a minimal hand-written PyTorch loop, for the study's CNNs: seconds per epoch, interleaved in one run.

Target (issue 19): fit / hand ≤ 1.1 on CPU for the plain CNN, the augmented CNN and the G-CNN (C4). Both sides train the
same network from the same initialization with Adam and a one-cycle schedule at the study's batch size, on tensors already
on the device. The hand side is what a PyTorch user writes: for the CNN an nn.Sequential of Conv2d, BatchNorm2d, ReLU and
nn.MaxPool2d (invnb's weights copied in); for the G-CNN invnb's GCNN with its pooling swapped for F.max_pool2d (there is no
plain-PyTorch G-CNN); the augmentation a per-image index gather of rotated pixels. Set INVNB_MNIST to a folder of MNIST IDX
files for the 28×28 row. Run: .venv/bin/python benchmarks/cnn_train.py [--device cuda] [--epochs 1] [--repeats 3]
"""
import torch, torch.nn.functional as F
from torch import nn
from _common import parse, datasets, interleaved, describe, hand_loop
from invnb.groups import rotations
from invnb.models import SmallCNN, SymmetricMaxPool2d
from invnb.train import build_model, fit


class MaxPool(nn.Module):
    "torch's 2×2 max pooling over the last two axes (any leading axes): what the hand-written G-CNN pools with."
    def forward(self, x): return F.max_pool2d(x.flatten(0, -4), 2).unflatten(0, x.shape[:-3]) if x.dim() > 4 else F.max_pool2d(x, 2)


def hand_model(m):
    "The hand-written twin of invnb's network `m` with the same weights."
    if isinstance(m, SmallCNN):
        layers = [nn.MaxPool2d(2) if isinstance(l, SymmetricMaxPool2d) else l for l in m.features]
        return nn.Sequential(*layers, nn.AdaptiveAvgPool2d(1), nn.Flatten(), m.head)
    for i, l in enumerate(m.features):
        if isinstance(l, SymmetricMaxPool2d): m.features[i] = MaxPool()
    return m



def main():
    a = parse(__doc__.splitlines()[0], epochs=1, batch_size=128)
    print(describe(a.device))
    print(f'{"data":14} {"network":10} {"hand s/epoch":>13} {"fit s/epoch":>12} {"fit/hand":>9}')
    worst = 0.0
    for name, d in datasets(a.device).items():
        G, lr = rotations(d.size), 1e-2 if d.size == (8, 8) else 5e-2
        for kind, label in (('plain', 'CNN'), ('augmented', 'augmented'), ('tied', 'G-CNN')):
            def net():
                torch.manual_seed(0); return build_model(kind, (1, *d.size), 10, G, arch='cnn', device=a.device)
            m_fit, m_hand = net(), hand_model(net())
            perms = G.perms.to(a.device) if kind == 'augmented' else None
            t_hand, t_fit = interleaved([
                lambda: hand_loop(m_hand, d.x_train, d.y_train, a.epochs, a.batch_size, lr, perms, onecycle=True),
                lambda: fit(m_fit, d.x_train, d.y_train, group=G if kind == 'augmented' else None, epochs=a.epochs, lr=lr,
                            batch_size=a.batch_size, schedule='onecycle', progress=False)], a.device, a.repeats)
            worst = max(worst, t_fit / t_hand)
            print(f'{name:14} {label:10} {t_hand / a.epochs:>13.3f} {t_fit / a.epochs:>12.3f} {t_fit / t_hand:>9.2f}', flush=True)
    print(f'worst fit/hand: {worst:.2f} (target ≤ 1.1)')


if __name__ == '__main__': main()
