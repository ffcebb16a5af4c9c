"""The prepared GPU benchmark (run through benchmarks/gpu.sh): one table of what a GPU changes for invnb.

Rows, each measured in this run:
- the MNIST MLP protocol: `reproduce` with every unit of the MLP study (train and measure), end to end, against a
  minimal hand-written PyTorch loop that only trains the same number of MLPs of the same widths, epochs, batch size
  and learning rate (plain and augmented alternately), data already on the device;
- the CNN MNIST study (`--arch cnn`, every kind and λ, `--cnn-seeds` seeds, default 1): seconds per unit (train + measure),
  and the full study's time (5 seeds) projected from it: the units of 5 seeds are 5 copies of one seed's (0 seeds: no row);
- `invariance_report` on 10,000 MNIST test images under D4 (80,000 orbit images): images per second;
- the device's name.
MNIST is read from the IDX folder in $INVNB_MNIST, else ../shared/data/mnist beside the repository; without either the
rows say they ran on the offline digits. `--quick` (the CI smoke test, minutes on a CPU) runs every row on the digits
with 1 seed and 1 epoch: its figures show the script works, not how fast anything is.
Targets on an H100/H200 (issue 20): the MNIST MLP protocol ≤ 5 s end to end; the CNN MNIST study ≤ 3 min.
"""
import argparse, json, os, shutil, sys, tempfile, time
from pathlib import Path
import torch, torch.nn.functional as F
from invnb.config import Config
from invnb.data import load_data, get_device
from invnb.groups import dihedral, rotations
from invnb.metrics import invariance_report
from invnb.models import MLP
from invnb.reproduce import reproduce
from invnb.train import train_kind

ROOT = Path(__file__).resolve().parent.parent


def mnist_folder():
    "The MNIST IDX folder to use, or None (then the digits)."
    for p in (os.environ.get('INVNB_MNIST'), ROOT.parent / 'shared' / 'data' / 'mnist'):
        if p and Path(p).is_dir() and any(Path(p).glob('t10k-images*')): return str(p)
    return None


def sync(device):
    if device.type == 'cuda': torch.cuda.synchronize()


def hand_loop(d, hidden, epochs, batch_size, lr, augment, seed, device):
    "The floor (returns test accuracy): an MLP trained by shuffle, slice, (rotate by gather), forward, cross-entropy, backward, Adam step."
    torch.manual_seed(seed)
    model = MLP(in_shape=(d.channels, *d.size), hidden=hidden, n_classes=d.n_classes, device=device)
    opt, gen = torch.optim.Adam(model.parameters(), lr=lr), torch.Generator(device=device).manual_seed(seed)
    perms = rotations(d.size).perms.to(device) if augment else None
    x, y = d.x_train, d.y_train
    for _ in range(epochs):
        idx = torch.randperm(len(x), generator=gen, device=device)
        for i in range(0, len(x), batch_size):
            b = idx[i:i + batch_size]; xb, yb = x[b], y[b]
            if perms is not None:
                g = torch.randint(len(perms), (len(b),), generator=gen, device=device)
                flat = xb.flatten(-2); xb = flat.gather(-1, perms[g][:, None, :].expand_as(flat)).view_as(xb)
            loss = F.cross_entropy(model(xb), yb)
            opt.zero_grad(set_to_none=True); loss.backward(); opt.step()
    with torch.no_grad(): return (model(d.x_test).argmax(1) == d.y_test).float().mean().item()


def study(cfg: Config) -> dict:
    "`reproduce(cfg)` into a fresh folder: end-to-end seconds, the report's timing, and the number of units."
    out = Path(tempfile.mkdtemp()); cfg.out = str(out)
    sync(get_device(cfg.device)); t = time.perf_counter()
    r = reproduce(cfg, progress=False, figures=False)
    secs = time.perf_counter() - t
    shutil.rmtree(out)
    return dict(seconds=secs, units=r['units_run'], unit_seconds=r['unit_seconds'])


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--device', default='auto', help="'auto' (CUDA when available), 'cpu' or 'cuda'")
    p.add_argument('--quick', action='store_true', help='the CI smoke test: digits, 1 seed, 1 epoch, every row')
    p.add_argument('--cnn-seeds', type=int, default=1, help="seeds of the CNN study's row (the full study has 5; 0: skip it)")
    p.add_argument('--json', default='', help='also write the table as JSON to this file')
    a = p.parse_args()
    device = get_device(a.device)
    folder = None if a.quick else mnist_folder()
    data = folder or 'digits'
    small = dict(seeds=1, epochs=1, shifts=('gaussian',), severities=(0.0, 1.0), lams=(1.0,)) if a.quick else {}
    rows = []
    # 1. the MNIST MLP protocol through invnb, against the hand loop training as many MLPs
    mlp = Config(data=data, device=str(device), **small).check()
    inv = study(mlp)
    d = load_data(data, device=device)
    sync(device); t = time.perf_counter()
    accs = [hand_loop(d, mlp.hidden, mlp.epochs, mlp.batch_size, mlp.lr, augment=bool(i % 2), seed=i, device=device)
            for i in range(inv['units'])]
    sync(device); hand = time.perf_counter() - t
    G4 = rotations(d.size)
    sync(device); t = time.perf_counter()
    for i in range(inv['units']):
        train_kind('augmented' if i % 2 else 'plain', d, G4, seed=i, hidden=mlp.hidden, epochs=mlp.epochs, lr=mlp.lr,
                   batch_size=mlp.batch_size)
    sync(device); trained = time.perf_counter() - t
    rows.append((f"MLP protocol ({inv['units']} units, {mlp.epochs} epochs): invnb reproduce, train + measure, end to end (s)",
                 inv['seconds'],
                 f"hand loop, train only: {hand:.1f} s", inv['seconds'] / hand))
    rows.append((f"MLP training alone: invnb train_kind, {inv['units']} MLPs, plain and augmented alternately (s)", trained,
                 f"hand loop, the same MLPs: {hand:.1f} s", trained / hand))
    # 2. the CNN study
    if a.cnn_seeds > 0:
        cnn = Config(data=data, device=str(device), arch='cnn', **({'seeds': a.cnn_seeds} | small)).check()
        c = study(cnn)
        rows.append((f"CNN study ({c['units']} units, {cnn.seeds} seed, {cnn.epochs} epochs): seconds per unit (train + measure)",
                     c['unit_seconds'] / c['units'], f"end to end {c['seconds']:.1f} s", None))
        full = c['unit_seconds'] * 5 / cnn.seeds + (c['seconds'] - c['unit_seconds'])
        rows.append(("CNN study, 5 seeds, projected: 5 seeds' units from this run's, plus its other time (s)", full,
                     "target on an H100/H200: ≤ 180 s", None))
    # 3. invariance_report throughput under D4
    n = min(10000, len(d.x_test)); x, y = d.x_test[:n], d.y_test[:n]
    torch.manual_seed(0); model = MLP(in_shape=(d.channels, *d.size), hidden=(256, 256), device=device).eval()
    G = dihedral(d.size[0])
    invariance_report(model, x[:256], G, y[:256]); sync(device)                  # warm-up
    t = time.perf_counter(); invariance_report(model, x, G, y); sync(device); secs = time.perf_counter() - t
    rows.append((f"invariance_report, {n:,} test images under D4 ({8 * n:,} orbit images): images/s", n / secs, f"{secs:.2f} s", None))
    name = torch.cuda.get_device_name(device) if device.type == 'cuda' else f'CPU ({torch.get_num_threads()} threads)'
    print(f"device: {name}; torch {torch.__version__}; data: {'MNIST from ' + Path(folder).name if folder else 'the offline digits (8×8)'}"
          + ('; --quick: 1 seed, 1 epoch, a smoke test, not a measurement of speed' if a.quick else ''))
    print(f"| {'what':<92} | {'value':>10} | {'baseline':<34} | {'ratio':>6} |")
    print(f"|{'-' * 94}|{'-' * 12}|{'-' * 36}|{'-' * 8}|")
    for what, v, base, ratio in rows:
        print(f"| {what:<92} | {v:>10.2f} | {base:<34} | {'' if ratio is None else f'{ratio:.2f}':>6} |")
    print(f"(hand-loop test accuracies: {', '.join(f'{x:.3f}' for x in accs)})")
    if a.json: Path(a.json).write_text(json.dumps(dict(device=name, data=data, quick=a.quick, rows=rows), indent=1))


if __name__ == '__main__': main()
