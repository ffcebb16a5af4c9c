"""invariance_report (one gather, one forward, one backward per chunk) against the naive per-image,
per-element loop, on the 10,000 MNIST test images under D4.

Target (issue 4): at least 20x faster than the naive loop. The naive loop runs on a subset and is
scaled up linearly (its cost is exactly per image). Each part runs in its own process so that its
peak memory (max RSS on CPU, max allocated on CUDA) is its own. It reads MNIST's test IDX files from the
folder in $INVNB_MNIST; without it, 10,000 random 28x28 images (timings do not depend on the pixels).
Run: .venv/bin/python benchmarks/metrics_report.py [--device cuda]
"""
import json, resource, subprocess, sys, time
import torch
from _common import MNIST_DIR, parse, describe, sync
from invnb.groups import dihedral
from invnb.data import idx_folder
from invnb.models import MLP
from invnb.metrics import invariance_report


def images(device):
    if MNIST_DIR is not None and MNIST_DIR.is_dir():
        d = idx_folder(MNIST_DIR, device=device)
        return torch.cat([d.x_train, d.x_test]), torch.cat([d.y_train, d.y_test]), 'MNIST test set'
    print('metrics_report: INVNB_MNIST is not set to a folder of MNIST IDX files: using random images', file=sys.stderr)
    g = torch.Generator().manual_seed(0)
    return torch.rand(10000, 1, 28, 28, generator=g).to(device), torch.randint(10, (10000,), generator=g).to(device), 'random images'


def naive(model, x, G):
    "Per image, per element: one forward for the logits, one backward for the saliency map, pulled back."
    for i in range(len(x)):
        c = None                                                  # the class predicted at the identity (g = 0 comes first)
        for g in G:
            xi = G.act(x[i:i + 1], g).clone().requires_grad_(True)
            z = model(xi)
            if c is None: c = int(z[0].argmax())
            s, = torch.autograd.grad(z[0, c], xi)
            G.act(s, G.inverse(g))


def part(a):
    x, y, src = images(a.device)
    torch.manual_seed(0)
    model = MLP(in_shape=(1, 28, 28), hidden=(256, 256), device=a.device).eval()
    G = dihedral(28)
    if a.device.type == 'cuda': torch.cuda.reset_peak_memory_stats()
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if a.part == 'report':
        invariance_report(model, x[:512], G, y[:512], orbit_batch=a.batch_size); sync(a.device)   # warm-up
        t = time.perf_counter(); invariance_report(model, x, G, y, orbit_batch=a.batch_size); sync(a.device)
        secs, n = time.perf_counter() - t, len(x)
    else:
        naive(model, x[:20], G); sync(a.device)                                                  # warm-up
        n = a.subset
        t = time.perf_counter(); naive(model, x[:n], G); sync(a.device)
        secs = (time.perf_counter() - t) * len(x) / n
    peak = (torch.cuda.max_memory_allocated() / 2**20 if a.device.type == 'cuda'
            else (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss0) / 1024)
    print(json.dumps(dict(secs=secs, peak_mib=peak, n=n, src=src)))


def main():
    a = parse(__doc__.splitlines()[0], part='', subset=200, batch_size=2048)   # batch_size: orbit images per forward
    if a.part: return part(a)
    print(describe(a.device))
    res = {}
    for p in ('report', 'naive'):
        out = subprocess.run([sys.executable, __file__, '--part', p, '--device', str(a.device), '--subset', str(a.subset),
                              '--batch_size', str(a.batch_size)], capture_output=True, text=True, check=True)
        res[p] = json.loads(out.stdout.strip().splitlines()[-1])
    r, nv = res['report'], res['naive']
    mem = 'peak CUDA memory allocated' if a.device.type == 'cuda' else 'peak RSS increase'
    print(f"data: 10,000 {r['src']}, 28x28, D4 (8 elements): 80,000 orbit images; MLP 784-256-256-10; batch_size {a.batch_size} orbit images")
    print(f"invariance_report (PDI, LI, error, SIS, consistency, accuracy, orbit accuracy, gamma): {r['secs']:.2f} s, {mem} {r['peak_mib']:.0f} MiB")
    print(f"naive loop: {nv['secs']:.1f} s (measured on {nv['n']} images, scaled x{10000 / nv['n']:.0f}), {mem} {nv['peak_mib']:.0f} MiB")
    ratio = nv['secs'] / r['secs']
    print(f"speed-up: {ratio:.0f}x (target >= 20x: {'met' if ratio >= 20 else 'NOT met'})")


if __name__ == '__main__': main()
