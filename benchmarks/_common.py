"""Shared helpers for the benchmark scripts: datasets at two scales, timing, device choice."""
import argparse, os, statistics, time
from pathlib import Path
import torch
import torch.nn.functional as F
from invnb.data import digits, idx_folder, get_device

MNIST_DIR = Path(os.environ['INVNB_MNIST']) if os.environ.get('INVNB_MNIST') else None   # optional: a folder of MNIST IDX files


def parse(description, **extra):
    p = argparse.ArgumentParser(description=description)
    p.add_argument('--device', default='auto', help="'auto' (CUDA when available), 'cpu' or 'cuda'")
    p.add_argument('--repeats', type=int, default=9, help='timed repeats; the median is reported')
    for k, v in extra.items(): p.add_argument(f'--{k}', type=type(v), default=v)
    a = p.parse_args()
    a.device = get_device(a.device)
    return a


def datasets(device):
    "{'digits 8x8': Data, 'mnist 28x28': Data} (real MNIST test images from $INVNB_MNIST, else random 28×28 images, said so)."
    out = {'digits 8x8': digits(device=device)}
    if MNIST_DIR is not None and MNIST_DIR.is_dir(): out['mnist 28x28'] = idx_folder(MNIST_DIR, device=device)
    else:
        print('benchmarks: INVNB_MNIST is not set to a folder of MNIST IDX files' + (f' ({MNIST_DIR} is not a folder)' if MNIST_DIR else '')
              + ': using random 28×28 images of the same size instead')
        g = torch.Generator().manual_seed(0)
        from invnb.data import Data
        x, y = torch.rand(10000, 1, 28, 28, generator=g), torch.randint(10, (10000,), generator=g)
        out['random 28x28'] = Data(x[:8000], y[:8000], x[8000:], y[8000:], 'random').to(device)
    return out


def sync(device):
    if device.type == 'cuda': torch.cuda.synchronize()


def timed(fn, device, repeats):
    "Median wall time of `fn()` over `repeats` runs after one warm-up run."
    fn(); sync(device)
    ts = []
    for _ in range(repeats):
        t = time.perf_counter(); fn(); sync(device); ts.append(time.perf_counter() - t)
    return statistics.median(ts)


def interleaved(fns, device, repeats):
    "Median wall time of each function in `fns`, run in alternation (after one warm-up each) so drift hits all alike."
    for f in fns: f()
    sync(device)
    ts = [[] for _ in fns]
    for _ in range(repeats):
        for f, t_ in zip(fns, ts):
            t = time.perf_counter(); f(); sync(device); t_.append(time.perf_counter() - t)
    return [statistics.median(t_) for t_ in ts]


def describe(device):
    name = torch.cuda.get_device_name(device) if device.type == 'cuda' else f'CPU ({torch.get_num_threads()} threads)'
    return f'device: {name}; torch {torch.__version__}'


def hand_loop(model, x, y, epochs, batch_size, lr=3e-3, perms=None, seed=0, onecycle=False):
    """The baseline a PyTorch user writes: shuffle, slice, (augment by an index gather of permuted pixels), forward, cross-entropy,
    backward, Adam step (and a one-cycle step). Nothing else."""
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, lr, total_steps=epochs * -(-len(x) // batch_size)) if onecycle else None
    gen = torch.Generator().manual_seed(seed)
    model.train()
    for _ in range(epochs):
        idx = torch.randperm(len(x), generator=gen).to(x.device)
        for i in range(0, len(x), batch_size):
            b = idx[i:i + batch_size]
            xb, yb = x[b], y[b]
            if perms is not None:
                g = torch.randint(len(perms), (len(b),), generator=gen).to(x.device)
                flat = xb.flatten(-2)
                xb = flat.gather(-1, perms[g][:, None, :].expand_as(flat)).view_as(xb)
            loss = F.cross_entropy(model(xb), yb)
            opt.zero_grad(set_to_none=True); loss.backward(); opt.step()
            if sched is not None: sched.step()
