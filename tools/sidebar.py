"""Write nbs/sidebar.yml (the docs' sidebar) listing exactly the notebooks in nbs/: index first, then
the numbered notebooks, then the results pages. nbdev 2's own sidebar lists every file in nbs/,
nbdev.yml and styles.css included, so settings.ini sets custom_sidebar = True and this script writes
it instead. `--check` writes nothing and exits 1 when the committed sidebar differs (CI runs it).

    python tools/sidebar.py [--check]
"""
import argparse
from kit import NBS, notebooks, sync


def sidebar() -> str: return 'website:\n  sidebar:\n    contents:\n' + ''.join(f'      - {p.name}\n' for p in notebooks())


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--check', action='store_true')
    a = p.parse_args()
    want = sidebar()
    changed = sync({NBS / 'sidebar.yml': want}, a.check, 'sidebar', 'python tools/sidebar.py')
    print(f"sidebar: nbs/sidebar.yml {'checked' if a.check else 'written' if changed else 'unchanged'}: {want.count('- ')} notebooks")


if __name__ == '__main__': main()
