"""Colab, simulated: run pages top to bottom in a fresh environment that holds only what their Colab
install cell installs, from a copy of the repository that has no `invnb/` source folder.

Colab comes with torch, torchvision and Jupyter; a page's first cell installs invnb from the
repository (with its declared dependencies) and any test-only extras it names, clones the repository
and moves into its `nbs/`. Here: a venv with torch and torchvision (as Colab ships them), the wheel
built from this checkout in place of the repository install, the cell's extras and a Jupyter kernel;
a copy of the tracked files without `invnb/` (so only the installed wheel can be imported); each page
executed by nbclient from that copy's `nbs/`. Prints, per page, whether it ran and how long it took.

    .venv/bin/python tools/colab_sim.py                       # index, 05, 06, 09, 10, paper, 16
    .venv/bin/python tools/colab_sim.py 05_training.ipynb     # some pages
    .venv/bin/python tools/colab_sim.py --fresh               # a new venv (else the one in /tmp/invnb-colab is reused)
"""
import argparse, ast, json, os, re, shutil, subprocess, sys, time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = Path(os.environ.get('INVNB_COLAB_DIR', '/tmp/invnb-colab'))
PAGES = ['index.ipynb', '05_training.ipynb', '06_metrics.ipynb', '09_shift.ipynb', '10_spectral.ipynb', 'paper.ipynb', '16_testing.ipynb']
COLAB_HAS = ['torch==2.14.1', 'torchvision==0.29.1', 'ipykernel', 'nbclient', 'nbformat']   # what a Colab runtime brings
RUN = """
import sys, nbformat
from nbclient import NotebookClient
nb = nbformat.read(sys.argv[1], as_version=4)
NotebookClient(nb, timeout=1800, kernel_name='python3', resources={'metadata': {'path': '.'}}).execute()
"""


def sh(*cmd, **kw):
    p = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, **kw)
    if p.returncode: sys.exit(f"colab_sim: {' '.join(map(str, cmd))[:200]} failed:\n{p.stdout[-2000:]}\n{p.stderr[-3000:]}")
    return p.stdout


def extras(nb_path) -> list:
    "The packages a page's Colab install cell installs besides invnb itself."
    cell = ''.join(json.loads(Path(nb_path).read_text())['cells'][0]['source'])
    m = re.search(r"'install', '-q', (.*?)\]", cell)
    if not m or 'google.colab' not in cell: sys.exit(f'colab_sim: {nb_path} has no Colab install cell first')
    return [p for p in ast.literal_eval(f'[{m.group(1)}]') if not p.startswith('git+')]


def main():
    a = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    a.add_argument('pages', nargs='*', default=PAGES); a.add_argument('--fresh', action='store_true')
    args = a.parse_args()
    venv, dist, copy = WORK / 'venv', WORK / 'dist', WORK / 'repo'
    if args.fresh: shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(dist, ignore_errors=True)
    t0 = time.time()
    sh(ROOT / '.venv' / 'bin' / 'python', '-m', 'pip', 'wheel', '-q', '--no-deps', '--no-build-isolation', ROOT, '-w', dist)   # tools/setup.sh's venv
    wheel = next(dist.glob('invnb-*.whl'))
    if not (venv / 'bin' / 'python').exists(): sh(sys.executable, '-m', 'venv', venv)
    need = sorted({e for p in args.pages for e in extras(ROOT / 'nbs' / p)})
    sh(venv / 'bin' / 'python', '-m', 'pip', 'install', '-q', '--disable-pip-version-check', *COLAB_HAS, *need)
    sh(venv / 'bin' / 'python', '-m', 'pip', 'install', '-q', '--disable-pip-version-check', '--force-reinstall', '--no-deps', wheel)
    sh(venv / 'bin' / 'python', '-m', 'pip', 'install', '-q', '--disable-pip-version-check', wheel)      # its declared dependencies
    print(f'colab_sim: environment ready in {time.time() - t0:.0f} s: {WORK}/venv with torch, the wheel {wheel.name} and {need or "no extras"}')
    shutil.rmtree(copy, ignore_errors=True)
    for f in sh('git', '-C', ROOT, 'ls-files', '--cached', '--others', '--exclude-standard').splitlines():
        if f.startswith('invnb/') or not (ROOT / f).is_file(): continue
        (copy / f).parent.mkdir(parents=True, exist_ok=True); shutil.copy2(ROOT / f, copy / f)
    where = sh(venv / 'bin' / 'python', '-c', 'import invnb; print(invnb.__file__)', cwd=copy / 'nbs').strip()
    assert str(venv) in where, f'invnb imported from {where}, not the installed wheel'
    print(f'colab_sim: invnb imports from {where}')
    env = {k: v for k, v in os.environ.items() if not k.startswith(('INVNB_', 'IN_TEST', 'VIRTUAL_ENV', 'PYTHON'))}
    env.update(MPLBACKEND='Agg', PATH=f"{venv / 'bin'}:{env.get('PATH', '')}")
    results = []
    for page in args.pages:
        t = time.time()
        p = subprocess.run([venv / 'bin' / 'python', '-c', RUN, page], cwd=copy / 'nbs', env=env, capture_output=True, text=True)
        err = '' if p.returncode == 0 else (p.stderr.strip().splitlines() or ['?'])[-1][:160]
        results.append((page, p.returncode == 0, time.time() - t, err))
        print(f'{page:24} {"ran" if not err else "FAILED":7} {time.time() - t:7.1f} s  {err}', flush=True)
    n_ok = sum(ok for _, ok, _, _ in results)
    print(f'colab_sim: {n_ok} of {len(results)} pages ran top to bottom ({sum(s for *_, s, _ in results):.0f} s in all)')
    sys.exit(0 if n_ok == len(results) else 1)


if __name__ == '__main__': main()
