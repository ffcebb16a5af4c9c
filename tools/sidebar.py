"""Write nbs/sidebar.yml (the docs' sidebar) listing exactly the notebooks in nbs/: index first, then
the numbered notebooks, then the results pages. nbdev 2's own sidebar lists every file in nbs/,
nbdev.yml and styles.css included, so settings.ini sets custom_sidebar = True and this script writes
it instead. `--check` writes nothing and exits 1 when the committed sidebar differs (CI runs it).

    python tools/sidebar.py [--check]
"""
import argparse, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def sidebar() -> str:
    nbs = sorted(p.name for p in (ROOT / 'nbs').glob('*.ipynb') if not p.name.startswith(('_', '.')))
    order = sorted(nbs, key=lambda n: (n != 'index.ipynb', not n[:2].isdigit(), n))
    return 'website:\n  sidebar:\n    contents:\n' + ''.join(f'      - {n}\n' for n in order)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--check', action='store_true')
    a = p.parse_args()
    f, want = ROOT / 'nbs' / 'sidebar.yml', sidebar()
    if a.check:
        if not f.exists() or f.read_text() != want: sys.exit('sidebar: nbs/sidebar.yml does not list exactly the notebooks in nbs/: run python tools/sidebar.py and commit')
        print(f'sidebar: nbs/sidebar.yml lists the {want.count("- ")} notebooks')
    else: f.write_text(want); print(f'sidebar: wrote nbs/sidebar.yml ({want.count("- ")} notebooks)')


if __name__ == '__main__': main()
