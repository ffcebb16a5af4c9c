"""What the generators and checks in tools/ share, written once: the repository root, the notebooks in
docs order, a notebook read and written the way nbdev writes it, a cell's source and its `#|` options,
and `sync`, which either writes generated files or, with --check, writes nothing and exits 1 naming
the stale ones and the command that regenerates them.

    from kit import ROOT, notebooks, read_nb, nb_text, source, set_source, options, sync
"""
import json, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NBS = ROOT / 'nbs'


def notebooks() -> list:
    "The notebooks of nbs/ in the docs' order: index first, the scorecard (paper), then the numbered ones, then the results pages."
    nbs = [p for p in NBS.glob('*.ipynb') if not p.name.startswith(('_', '.'))]
    return sorted(nbs, key=lambda p: (p.name != 'index.ipynb', p.name != 'paper.ipynb', not p.name[:2].isdigit(), p.name))


def read_nb(path) -> dict: return json.loads(Path(path).read_text(encoding='utf-8'))
def nb_text(nb: dict) -> str: return json.dumps(nb, indent=1, ensure_ascii=False) + '\n'     # as nbdev_clean writes it


def source(cell) -> str: return ''.join(cell['source']) if isinstance(cell['source'], list) else cell['source']


def set_source(cell, text: str):
    lines = text.split('\n')
    cell['source'] = [x + '\n' for x in lines[:-1]] + ([lines[-1]] if lines[-1] else [])


def options(src: str) -> dict:
    "Quarto/nbdev `#|` options of a cell's source, as {key: value} ('hide' → '')."
    out = {}
    for line in src.splitlines():
        if not line.startswith('#|'): continue
        k, _, v = line[2:].strip().partition(':')
        out[k.strip()] = v.strip()
    return out


def sync(files: dict, check: bool, tool: str, fix: str, remove=()) -> list:
    """Write `files` ({path: str or bytes}) and delete `remove`, or with `check` only compare: exit 1 naming every stale
    file and the command `fix` that regenerates them. Returns the paths that changed (or would)."""
    stale = []
    for p, want in files.items():
        p = Path(p)
        have = (p.read_bytes() if isinstance(want, bytes) else p.read_text(encoding='utf-8')) if p.exists() else None
        if have != want: stale.append(p)
    stale += [Path(p) for p in remove if Path(p).exists()]
    names = [str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else str(p) for p in stale]
    if check:
        if stale: sys.exit(f'{tool}: out of date: {", ".join(names)}. Run `{fix}` and commit.')
        return []
    for p, want in files.items():
        p = Path(p)
        if p not in stale: continue
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(want, bytes): p.write_bytes(want)
        else: p.write_text(want, encoding='utf-8')
    for p in remove:
        if Path(p).exists(): Path(p).unlink()
    return stale
