"""Cost of SymmetricMaxPool2d (tied maxima share the gradient) against autograd's max pooling, in training:
time per epoch of the study's plain CNN and G-CNN (C4) with one pooling or the other, the same weights and batches.

No target: the symmetric pooling is what makes a G-CNN's saliency maps equivariant (see nbs/02), and this
says what it costs. Run: .venv/bin/python benchmarks/cnn_pooling.py [--device cuda]
"""
import torch
import torch.nn.functional as F
from torch import nn
from _common import parse, datasets, interleaved, describe
from invnb.groups import rotations
from invnb.models import SymmetricMaxPool2d
from invnb.train import build_model, fit


class AutogradMaxPool(nn.Module):
    "2×2 max pooling by F.max_pool2d over the last two axes (any leading axes): the gradient of a tie goes to the first maximum."
    def forward(self, x): return F.max_pool2d(x.flatten(0, -3), 2).view(*x.shape[:-2], x.shape[-2] // 2, x.shape[-1] // 2)


def with_autograd_pool(model):
    for name, mod in list(model.features.named_children()):
        if isinstance(mod, SymmetricMaxPool2d): model.features[int(name)] = AutogradMaxPool()
    return model


def main():
    a = parse(__doc__.splitlines()[0], epochs=1, batch_size=128)
    print(describe(a.device))
    print(f'{"data":14} {"network":8} {"autograd s/epoch":>17} {"symmetric s/epoch":>18} {"ratio":>6}')
    for name, d in datasets(a.device).items():
        G = rotations(d.size)
        for kind, label in (('plain', 'CNN'), ('tied', 'G-CNN')):
            def run(swap):
                torch.manual_seed(0); m = build_model(kind, (1, *d.size), 10, G, arch='cnn', device=a.device)
                if swap: with_autograd_pool(m)
                return lambda: fit(m, d.x_train, d.y_train, epochs=a.epochs, batch_size=a.batch_size, lr=1e-3, progress=False)
            t_auto, t_sym = interleaved([run(True), run(False)], a.device, a.repeats)
            print(f'{name:14} {label:8} {t_auto / a.epochs:>17.3f} {t_sym / a.epochs:>18.3f} {t_sym / t_auto:>6.2f}')


if __name__ == '__main__': main()
