"""Re-decide the claims of committed runs from their own rows, without training: after a change to how
claims are decided or reported (not to what is measured), rewrite each run's results.json (its claims)
and report.md (from the claims table to the figures: the header, which names the data and networks,
the figures and the timing line stay the run's own). What is measured changes only by running
again (tools/refresh_runs.sh). `--check` writes nothing and exits 1 when a committed run is stale.

    python tools/redecide.py [--check] [digits-c4 mnist-c4 digits-c4-cnn mnist-c4-cnn]   (default: every run in nbs/assets)
"""
import argparse, json
from kit import NBS, sync
from invnb.config import Config
from invnb.claims import evaluate_claims
from invnb.report import report_markdown


def redecided(folder) -> dict:
    "{path: new text} for one run folder: results.json with its claims re-decided, report.md with its decided part re-rendered."
    res, old = json.loads((folder / 'results.json').read_text()), (folder / 'report.md').read_text()
    claims = evaluate_claims(res['rows'], res['config'])
    new = dict(config=res['config'], data=res['data'], claims=claims, rows=res['rows'])
    body = report_markdown(Config.from_dict(res['config']), res['rows'], claims, {}, dict(units_run=0, units_reused=0, seconds=0, device='-'), '')
    cut = lambda t: (t.index('## Claims'), t.index('## Figures') if '## Figures' in t else t.index('## Timing'))
    (a, b), (c, d) = cut(old), cut(body)
    return {folder / 'results.json': json.dumps(new, default=list), folder / 'report.md': old[:a] + body[c:d] + old[b:]}


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--check', action='store_true')
    p.add_argument('names', nargs='*')
    a = p.parse_args()
    folders = [NBS / 'assets' / n for n in a.names] or sorted(f for f in (NBS / 'assets').iterdir() if (f / 'results.json').exists())
    files = {k: v for f in folders for k, v in redecided(f).items()}
    changed = sync(files, a.check, 'redecide (a committed run was decided by older code)', 'python tools/redecide.py')
    print(f"redecide: {len(folders)} runs {'checked' if a.check else 're-decided'}" + (f", {len(changed)} files rewritten" if changed else ', unchanged'))


if __name__ == '__main__': main()
