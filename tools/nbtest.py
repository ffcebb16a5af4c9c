"""Run the notebooks' tests the way `nbdev_test` does, and count what ran.

`nbdev_test` says only "Success."; this runner uses nbdev's own `test_nb` on each notebook (in
parallel), and also reports per notebook how many code cells ran and how many of them are test
cells (cells that call `test_*`, `assert*` or `assert`). It fails when no notebook ran, when any
notebook failed, or when a notebook ran no test cell, so a run that tested nothing cannot pass.
It ends with the line `notebooks: N passed, M failed`.

    python tools/nbtest.py                  # every notebook in nbs/, slow cells skipped
    python tools/nbtest.py --flags slow     # slow cells too
    python tools/nbtest.py --file_glob '0[01]*.ipynb'
    python tools/nbtest.py --file_glob 05_training.ipynb index.ipynb   # several globs: any of them
"""
import argparse, fnmatch, os, re, sys, time
from pathlib import Path

from fastcore.parallel import parallel
from nbdev.config import get_config
from nbdev.frontmatter import FrontmatterProc
from nbdev.process import NBProcessor
from nbdev.test import test_nb

TEST_CALL = re.compile(r'(^|[^\w.])(test_\w+|assert_\w+|torch\.testing\.assert_close)\s*\(|^\s*assert\b', re.M)


def runnable_cells(fn, skip_flags):
    "The code cells `test_nb` runs for `fn` with `skip_flags` (mirrors its `_no_eval`)."
    nb = NBProcessor(fn, procs=FrontmatterProc, process=True).nb
    def runs(cell):
        if cell.cell_type != 'code' or 'nbdev_export(' in cell.source: return False
        direc = getattr(cell, 'directives_', {}) or {}
        if direc.get('eval:', [''])[0].lower() == 'false': return False
        return not (set(skip_flags) & direc.keys())
    return [c for c in nb.cells if runs(c)]


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--flags', default='', help='space-separated test flags to run (e.g. "slow")')
    p.add_argument('--file_glob', nargs='+', default=['*.ipynb'], help='which notebooks in nbs/ to test (any of these globs)')
    p.add_argument('--n_workers', type=int, default=min(os.cpu_count() or 1, 4))
    a = p.parse_args()
    cfg = get_config()
    skip = set(cfg.tst_flags.split()) - set(a.flags.split())
    nbs = sorted(f for f in Path(cfg.nbs_path).rglob('*.ipynb')
                 if any(fnmatch.fnmatch(f.name, g) for g in a.file_glob) and '.ipynb_checkpoints' not in f.parts
                 and not f.name.startswith('_'))
    if not nbs: sys.exit(f'nbtest: no notebook in {cfg.nbs_path} matches {a.file_glob!r}: nothing was tested.')
    counts = [runnable_cells(f, skip) for f in nbs]
    start = time.time()
    os.environ.setdefault('MPLBACKEND', 'Agg')
    n_workers = a.n_workers if len(nbs) > 1 else 0
    # Each worker runs torch; without this, every worker starts one thread per core and on a small
    # machine they thrash (a 35 s notebook took 11 minutes on 2 cores with 2 workers).
    threads = str(max(1, (os.cpu_count() or 1) // max(n_workers, 1)))
    for v in ('OMP_NUM_THREADS', 'MKL_NUM_THREADS'): os.environ.setdefault(v, threads)
    with_wd = Path.cwd()
    os.chdir(cfg.nbs_path)
    try: results = parallel(test_nb, [f.absolute() for f in nbs], skip_flags=skip, basepath=cfg.config_path,
                            n_workers=n_workers, pause=0.01)
    finally: os.chdir(with_wd)
    rows, n_cells, n_tests, failed, untested = [], 0, 0, [], []
    for f, cells, (ok, secs) in zip(nbs, counts, results):
        nt = sum(bool(TEST_CALL.search(c.source)) for c in cells)
        n_cells += len(cells); n_tests += nt
        if not ok: failed.append(f.name)
        if ok and nt == 0: untested.append(f.name)
        rows.append(f'{f.relative_to(cfg.nbs_path)!s:<32} {len(cells):>5} {nt:>6} {secs:>8.1f}  {"ok" if ok else "FAILED"}')
    print(f'{"notebook":<32} {"cells":>5} {"tests":>6} {"seconds":>8}  status')
    print('\n'.join(rows))
    print(f'ran {len(nbs)} notebooks: {n_cells} code cells, {n_tests} test cells, '
          f'skipped flags {sorted(skip) or "none"}, {time.time()-start:.1f} s wall')
    if untested: print(f'nbtest: these notebooks ran no test cell: {untested}. Add test cells (test_eq, assert_close, ...).')
    if n_tests == 0: print('nbtest: no test cell ran at all.')
    n_bad = len(set(failed) | set(untested))
    print(f'notebooks: {len(nbs) - n_bad} passed, {n_bad} failed')
    sys.exit(1 if (n_bad or n_tests == 0) else 0)


if __name__ == '__main__': main()
