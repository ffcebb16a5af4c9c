"""Numerics configurations: how far retraining moves the study's networks between them, and which one CI
uses for its second run of the retraining pages.

The same code, seed and data give other floats under another thread count, MKL's generic code path
(`MKL_CBWR=COMPATIBLE`) or torch's scalar kernels (`ATEN_CPU_CAPABILITY=default`); which of these
changes anything depends on the CPU. Training carries a last-bit difference along into a measurable one.

    python tools/numerics.py spread [--write]      # the default digits study under each configuration,
                                                    # against the committed run: logit distances per model,
                                                    # differences per metric (--write: nbs/assets/numerics.json)
    python tools/numerics.py choose                 # CI: the first configuration that trains other floats
                                                    # here than the test run's own (prints its variables)
    python tools/numerics.py pages                  # CI: the pages whose tests (slow cells aside) load the
                                                    # committed run's networks or retrain and check them
    python tools/numerics.py compare LOG_A LOG_B    # two INVNB_RETRAIN_LOG files (one per configuration):
                                                    # did they hold measurably different networks?
"""
import argparse, json, os, re, statistics, subprocess, sys, time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / '.venv' / 'bin' / 'python')
COMMITTED = ROOT / 'nbs' / 'assets' / 'digits-c4' / 'results.json'
# The test run's own numerics: tools/nbtest.py gives each of its two workers one thread on 2 cores.
BASE = {'OMP_NUM_THREADS': '1', 'MKL_NUM_THREADS': '1'}
CONFIGS = {
    'test run (1 thread)': {},
    '2 threads': {'OMP_NUM_THREADS': '2', 'MKL_NUM_THREADS': '2'},
    'MKL_CBWR=COMPATIBLE, 1 thread': {'MKL_CBWR': 'COMPATIBLE'},
    'MKL_CBWR=COMPATIBLE, 2 threads': {'MKL_CBWR': 'COMPATIBLE', 'OMP_NUM_THREADS': '2', 'MKL_NUM_THREADS': '2'},
    'ATEN_CPU_CAPABILITY=default, 1 thread': {'ATEN_CPU_CAPABILITY': 'default'},
}
# CI's second run takes the first of these that trains other floats than the test run (which one does depends on the CPU).
CHOICES = ('MKL_CBWR=COMPATIBLE, 2 threads', 'ATEN_CPU_CAPABILITY=default, 1 thread', '2 threads', 'MKL_CBWR=COMPATIBLE, 1 thread')
METRICS = ('accuracy', 'orbit_accuracy', 'gamma', 'pdi', 'li', 'sis', 'orbit_consistency')


def env_of(name: str) -> dict:
    return {**os.environ, **BASE, **CONFIGS[name], 'PYTHONHASHSEED': '0', 'INVNB_PROGRESS': '0'}


def words(name: str) -> str: return ' '.join(f'{k}={v}' for k, v in {**BASE, **CONFIGS[name]}.items())


PROBE = """
import hashlib
from invnb.data import digits
from invnb.groups import rotations
from invnb.train import train_kind
t, h = train_kind('augmented', digits(device='cpu'), rotations(8), seed=0), hashlib.sha256()
for v in t.model.state_dict().values(): h.update(v.contiguous().numpy().tobytes())
print(h.hexdigest()[:16])
"""


def probe(name: str) -> str:
    "The hash of the study's augmented MLP (seed 0) trained under configuration `name`."
    p = subprocess.run([PY, '-c', PROBE], env=env_of(name), capture_output=True, text=True, timeout=600)
    if p.returncode: sys.exit(f'numerics: the probe failed under {name}:\n{p.stderr[-2000:]}')
    return p.stdout.split()[-1]


def choose():
    "Print the variables of the first configuration whose network differs from the test run's; exit 1 if none does."
    base = probe('test run (1 thread)')
    for name in CHOICES:
        h = probe(name)
        print(f'numerics: {name:40} augmented MLP seed 0: weights {h} ({"differ" if h != base else "equal"}; test run {base})',
              file=sys.stderr)
        if h != base: print(words(name)); return
    sys.exit('numerics: no configuration tried trains other floats than the test run here: a second run would prove nothing')


def rows_of(path) -> dict:
    res = json.loads(Path(path).read_text())
    return {(r['model'], r['seed'], r['shift'], r['severity'], r['metric']): r['value'] for r in res['rows']}


def folder_of(name: str) -> Path: return ROOT / 'runs' / 'numerics' / name.replace(' ', '_')


def spread(seeds: int, write: bool):
    """Train the default digits study under each configuration (into runs/numerics/, where a rerun reuses finished units) and compare
    every network with the committed run's of the same seed; with --write, save the figures to nbs/assets/numerics.json."""
    import platform, torch
    from invnb.data import digits
    from invnb.groups import rotations
    from invnb.train import load_trained, logit_distance
    committed, run = rows_of(COMMITTED), COMMITTED.parent
    n_seeds = 1 + max(k[1] for k in committed)
    models = sorted({k[0] for k in committed}, key=lambda m: [k[0] for k in committed].index(m))
    sd = {}                                          # the committed run's spread over seeds, per (model, metric) on the test set
    for (m, s, sh, sev, k), v in committed.items():
        if sh == 'none' and k in METRICS: sd.setdefault((m, k), []).append(v)
    sd = {mk: statistics.stdev(v) for mk, v in sd.items() if len(v) == n_seeds}
    torch.set_num_threads(max(1, os.cpu_count() or 1))
    data, C4 = digits(device='cpu'), rotations(8)
    net = lambda folder, m, s: load_trained(folder, m, s, data, C4).model
    ref = {(m, s): net(run, m, s) for m in models for s in range(n_seeds)}
    apart = {m: min(logit_distance(ref[m, s], ref[m, t], data.x_test, C4) for s in range(n_seeds) for t in range(n_seeds) if s != t)
             for m in models}
    out = dict(verdicts=[c['status'] for c in json.loads(COMMITTED.read_text())['claims']], machine=f'{platform.processor() or platform.machine()} ({cpu_name()}, {os.cpu_count()} cores), torch {torch.__version__}',
               reference='the committed digits run (nbs/assets/digits-c4), made on the same machine with its default numerics',
               configs={}, models={m: dict(rounding=0.0, seeds=apart[m], per_config={}) for m in models},
               metrics={k: dict(seed_sd=statistics.median(v for (m, kk), v in sd.items() if kk == k and v > 0), per_config={}) for k in METRICS})
    for name in CONFIGS:
        t0 = time.time()
        p = subprocess.run([str(ROOT / '.venv/bin/invnb_reproduce'), '--out', str(folder_of(name)), '--seeds', str(seeds),
                            '--quiet', '--device', 'cpu'], env=env_of(name), capture_output=True, text=True)
        if p.returncode: sys.exit(f'numerics: the study failed under {name}:\n{p.stderr[-3000:]}')
        mine = rows_of(folder_of(name) / 'results.json')
        same = sum(mine[k] == committed[k] for k in mine)
        verdicts = [c['status'] for c in json.loads((folder_of(name) / 'results.json').read_text())['claims']]
        out['configs'][name] = dict(variables=words(name), values_identical=same, values=len(mine), verdicts=verdicts)
        for m in models:
            d = max(logit_distance(net(folder_of(name), m, s), ref[m, s], data.x_test, C4) for s in range(seeds))
            out['models'][m]['per_config'][name] = d
            out['models'][m]['rounding'] = max(out['models'][m]['rounding'], d)
        for k in METRICS:
            out['metrics'][k]['per_config'][name] = max(abs(mine[key] - committed[key]) for key in mine if key[4] == k and key[2] == 'none')
        print(f'{name:40} {time.time() - t0:5.0f} s  values identical to the committed run: {same}/{len(mine)}', flush=True)
    print(f'\n{"model":20} {"rounding (largest)":>20} {"another seed (smallest)":>25}')
    for m, v in out['models'].items(): print(f'{m:20} {v["rounding"]:>20.4f} {v["seeds"]:>25.4f}')
    print(f'\n{"metric":20} {"rounding (largest |Δ|)":>24} {"seed sd (median)":>18}')
    for k, v in out['metrics'].items(): print(f'{k:20} {max(v["per_config"].values()):>24.2e} {v["seed_sd"]:>18.2e}')
    if write:
        (ROOT / 'nbs/assets/numerics.json').write_text(json.dumps(out, indent=1, ensure_ascii=False) + '\n')
        print('numerics: wrote nbs/assets/numerics.json')


def cpu_name() -> str:
    try: return next(l.split(':', 1)[1].strip() for l in open('/proc/cpuinfo') if l.startswith('model name'))
    except (OSError, StopIteration): return 'unknown CPU'


def pages():
    "Print the notebooks that a default test run sees loading the committed run's networks or checking retrained ones."
    sys.path.insert(0, str(ROOT / 'tools'))
    from kit import notebooks, read_nb, source, options
    for nb in notebooks():
        cells = [source(c) for c in read_nb(nb)['cells'] if c['cell_type'] == 'code']
        if any(re.search(r'\b(load_trained|check_retrained)\(', s) and not {'slow', 'export'} & set(options(s)) for s in cells): print(nb.name)


def compare(a, b):
    """Two retrain logs (check_retrained's distances from each retrained network to the committed run's networks of every seed):
    did the two configurations train measurably different networks?"""
    def load(p):
        d = {}
        for line in Path(p).read_text().splitlines():
            r = json.loads(line); d.setdefault((r['model'], r['seed']), []).append(r['distances'])
        return {k: sorted(v, key=json.dumps) for k, v in d.items()}
    A, B = load(a), load(b)
    if set(A) != set(B): sys.exit(f'numerics: the two runs retrained different networks: {sorted(set(A) ^ set(B))}')
    pairs = [(u, x, y) for u in A for x, y in zip(A[u], B[u])]
    n_diff = sum(x != y for _, x, y in pairs)
    gap, u = max((abs(x[str(u[1])] - y[str(u[1])]), u) for u, x, y in pairs)
    own = lambda L: max(x[str(u_[1])] for u_, x in L)
    print(f'numerics: {n_diff} of {len(pairs)} retrained networks differ between the two configurations (their logits lie '
          f'{own([(u_, x) for u_, x, _ in pairs]):.2g} and {own([(u_, y) for u_, _, y in pairs]):.2g} at most from the committed networks; '
          f'the largest change, {gap:.2g}, is {u[0]} seed {u[1]}), and both runs passed')
    if n_diff == 0: sys.exit('numerics: the two configurations trained identical networks: the second run proved nothing')


if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest='cmd', required=True)
    sp = sub.add_parser('spread'); sp.add_argument('--seeds', type=int, default=5); sp.add_argument('--write', action='store_true')
    sub.add_parser('choose'); sub.add_parser('pages')
    cp = sub.add_parser('compare'); cp.add_argument('a'); cp.add_argument('b')
    a = p.parse_args()
    os.chdir(ROOT)
    if a.cmd == 'spread': spread(a.seeds, a.write)
    elif a.cmd == 'choose': choose()
    elif a.cmd == 'pages': pages()
    else: compare(a.a, a.b)
