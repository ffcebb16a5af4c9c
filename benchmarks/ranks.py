"""The study across processes on this machine: the default digits study with torchrun (N ranks × 1 thread each)
against one process with N threads, both through the command line, alternated, each into a fresh folder.

Prints each command's wall time (process start to exit, what a user waits for) and the study's own wall time (the
report's timing line), with the ratios one process / N ranks (> 1: the ranks are faster). The two need not give
identical results.json: one process with N threads and N ranks with 1 thread sum in different orders, so their numbers
may differ in the last bits (the CI test compares 2 ranks × 1 thread with 1 process × 1 thread, which must be identical).
Run alone (nothing else using the cores): .venv/bin/python benchmarks/ranks.py [--ranks 2] [--repeats 1] [--seeds 3]
"""
import argparse, os, re, shutil, statistics, subprocess, sys, tempfile, time
from pathlib import Path

EXE = Path(sys.executable).parent / 'invnb_reproduce'


def run(cmd, out: Path, threads: int):
    "(command wall seconds, the study's own seconds from its report) of one run into the fresh folder `out`."
    shutil.rmtree(out, ignore_errors=True)
    t = time.perf_counter()
    p = subprocess.run(cmd + ['--out', str(out)], capture_output=True, text=True, env=dict(os.environ, OMP_NUM_THREADS=str(threads)))
    wall = time.perf_counter() - t
    if p.returncode: sys.exit(f'ranks: {" ".join(cmd)} failed:\n{p.stderr[-2000:]}')
    own = float(re.search(r'; (\d+(?:\.\d+)?) s wall on', (out / 'report.md').read_text())[1])
    return wall, own


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--ranks', type=int, default=2)
    p.add_argument('--repeats', type=int, default=1)
    p.add_argument('--seeds', type=int, default=3)
    a = p.parse_args()
    opts = ['--device', 'cpu', '--quiet', '--seeds', str(a.seeds)]
    one = [str(EXE), *opts]
    many = [sys.executable, '-m', 'torch.distributed.run', '--standalone', f'--nproc-per-node={a.ranks}', '--no-python', str(EXE),
            *opts]
    root = Path(tempfile.mkdtemp())
    res = {'one': [], 'many': []}
    for _ in range(a.repeats):
        res['one'].append(run(one, root / 'one', a.ranks))
        res['many'].append(run(many, root / 'many', 1))
    shutil.rmtree(root)
    med = {k: [statistics.median(x[i] for x in v) for i in (0, 1)] for k, v in res.items()}
    print(f'default digits study ({a.seeds} seeds), {os.cpu_count()} cores, median of {a.repeats}:')
    print(f'  1 process × {a.ranks} threads:  command {med["one"][0]:6.1f} s, study {med["one"][1]:5.0f} s')
    print(f'  {a.ranks} ranks × 1 thread (torchrun): command {med["many"][0]:6.1f} s, study {med["many"][1]:5.0f} s')
    print('  every run (command s, study s): one process', [tuple(round(t, 1) for t in r) for r in res['one']], '; ranks',
          [tuple(round(t, 1) for t in r) for r in res['many']])
    print(f'  one process / ranks: command ×{med["one"][0] / med["many"][0]:.2f}, study ×{med["one"][1] / med["many"][1]:.2f} '
          '(> 1: the ranks are faster)')


if __name__ == '__main__': main()
