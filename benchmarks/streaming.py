"""invariance_report at scale: throughput and peak memory as the number of orbit images grows to 2M, and a
DataLoader against the tensor path on the same data.

Issue 11's targets: throughput and memory flat in N·|G| (stated at 2M orbit images: 40,000 images × 49
translations), and the DataLoader path at ≥ 0.9× the tensor path's throughput on 10,000 images under D4.
Each measurement runs in its own process, so its peak memory (max RSS on CPU, max allocated on CUDA) is its
own; the images are random 28×28 (timings do not depend on the pixels), made before the baseline is read.
Run: .venv/bin/python benchmarks/streaming.py [--device cuda] [--sizes 1000,5000,20000,40000]
"""
import json, resource, subprocess, sys, time
import torch
from torch.utils.data import DataLoader, TensorDataset
from _common import parse, describe, sync
from invnb.groups import translations, dihedral
from invnb.models import MLP
from invnb.metrics import invariance_report


def part(a):
    g = torch.Generator().manual_seed(0)
    n = a.n
    x, y = torch.rand(n, 1, 28, 28, generator=g).to(a.device), torch.randint(10, (n,), generator=g).to(a.device)
    torch.manual_seed(0)
    model = MLP(in_shape=(1, 28, 28), hidden=(256, 256), device=a.device).eval()
    G = dihedral(28) if a.part in ('tensor', 'loader') else translations(28, 4)
    data = DataLoader(TensorDataset(x, y), batch_size=256) if a.part == 'loader' else x
    invariance_report(model, x[:64], G, y[:64]); sync(a.device)                                 # warm-up
    if a.device.type == 'cuda': torch.cuda.reset_peak_memory_stats()
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.perf_counter()
    invariance_report(model, data, G, None if a.part == 'loader' else y); sync(a.device)
    secs = time.perf_counter() - t
    peak = (torch.cuda.max_memory_allocated() / 2**20 if a.device.type == 'cuda'
            else (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss0) / 1024)
    print(json.dumps(dict(secs=secs, peak_mib=peak, orbit=n * len(G))))


def run(a, part, n):
    out = subprocess.run([sys.executable, __file__, '--part', part, '--n', str(n), '--device', str(a.device)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main():
    a = parse(__doc__.splitlines()[0], part='', n=0, sizes='1000,5000,20000,40000')
    if a.part: return part(a)
    print(describe(a.device))
    mem = 'peak CUDA memory allocated' if a.device.type == 'cuda' else 'peak RSS increase'
    print(f'invariance_report with saliency, MLP 784-256-256-10, 49 translations of random 28x28 images ({mem}):')
    for n in (int(s) for s in a.sizes.split(',')):
        r = run(a, 'scale', n)
        print(f"  {n:>6,} images = {r['orbit']:>9,} orbit images: {r['secs']:6.1f} s, {r['orbit'] / r['secs']:>9,.0f} orbit images/s, {r['peak_mib']:6.0f} MiB")
    t, l = run(a, 'tensor', 10000), run(a, 'loader', 10000)
    ratio = t['secs'] / l['secs']
    print(f"10,000 images under D4 (80,000 orbit images): tensor {t['secs']:.2f} s, DataLoader (batches of 256) {l['secs']:.2f} s: "
          f"DataLoader throughput {ratio:.2f}x the tensor path's (target >= 0.9: {'met' if ratio >= 0.9 else 'NOT met'})")


if __name__ == '__main__': main()
