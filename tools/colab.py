"""Colab badges and install cells, generated from settings.ini (`user`, `repo`, `branch`).

Every notebook in nbs/ gets, from one template:
- a badge cell linking to the notebook on Colab,
- a hidden first cell that, only on Colab, installs invnb from GitHub (plus `hypothesis` or `e2cnn` where the
  notebook uses them) and, where the notebook reads committed runs under nbs/assets/, clones the
  repository and works from its nbs/ folder.
Any other github.com/<user>/<repo> link in the notebooks is rewritten to the settings' user too.
Set the GitHub user/repo once in settings.ini, then run this script. `--check` writes nothing and
exits 1 listing the notebooks that are out of date (CI runs it).

    python tools/colab.py           # regenerate
    python tools/colab.py --check   # CI: are badges and install cells in sync with settings.ini?
"""
import argparse, configparser, re, sys
from kit import ROOT, notebooks, read_nb, nb_text, source as src, set_source as set_src, sync
BADGE = '[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)]'


def settings():
    cfg = configparser.ConfigParser(); cfg.read(ROOT / 'settings.ini')
    d = cfg['DEFAULT']
    return d['user'], d['repo'], d.get('branch', 'main')


def install_cell(user, repo, branch, extras, assets):
    lines = ['#| hide']
    lines.append("# On Colab, install invnb" + (" and fetch the repository's committed runs (nbs/assets)" if assets else " first")
                 + "; everywhere else this cell does nothing.")
    lines.append('import sys')
    lines.append("if 'google.colab' in sys.modules:")
    pkgs = ', '.join(repr(p) for p in [f'git+https://github.com/{user}/{repo}.git@{branch}', *extras])
    if assets:
        lines.append('    import os, subprocess')
        lines.append(f"    subprocess.run([sys.executable, '-m', 'pip', 'install', '-q', {pkgs}], check=True)")
        lines.append(f"    if not os.path.isdir('/content/{repo}-repo'):                 # a second run of this cell (after a restart) keeps the clone")
        lines.append(f"        subprocess.run(['git', 'clone', '-q', '--depth', '1', '-b', '{branch}', 'https://github.com/{user}/{repo}.git', '/content/{repo}-repo'], check=True)")
        lines.append(f"    os.chdir('/content/{repo}-repo/nbs')")
    else:
        lines.append(f"    import subprocess; subprocess.run([sys.executable, '-m', 'pip', 'install', '-q', {pkgs}], check=True)")
    return '\n'.join(lines)


def update(nb_path, user, repo, branch):
    "The notebook with its badge, install cell and GitHub links generated; (new json text, problems)."
    nb = read_nb(nb_path)
    cells, problems = nb['cells'], []
    code = '\n'.join(src(c) for c in cells if c['cell_type'] == 'code')
    extras = [p for p in ('hypothesis', 'e2cnn') if re.search(rf'^\s*(from|import) {p}\b', code, re.M)]   # test-only packages a notebook imports
    assets = bool(re.search(r"['\"]assets/", code))
    inst = [c for c in cells if c['cell_type'] == 'code' and "'google.colab' in sys.modules" in src(c)]
    badge = [c for c in cells if c['cell_type'] == 'markdown' and src(c).startswith(BADGE)]
    if len(inst) != 1 or cells.index(inst[0]) != 0: problems.append('needs exactly one Colab install cell, first in the notebook')
    if len(badge) != 1: problems.append('needs exactly one Colab badge cell')
    if inst: set_src(inst[0], install_cell(user, repo, branch, extras, assets))
    if badge: set_src(badge[0], f'{BADGE}(https://colab.research.google.com/github/{user}/{repo}/blob/{branch}/nbs/{nb_path.name})')
    for c in cells:
        s = src(c)
        t = re.sub(rf'github\.com/[\w.-]+/{re.escape(repo)}\b', f'github.com/{user}/{repo}', s)
        t = re.sub(rf'//[\w-]+\.github\.io/{re.escape(repo)}\b', f'//{user}.github.io/{repo}', t)
        if t != s: set_src(c, t)
    return nb_text(nb), problems


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--check', action='store_true', help='only check; exit 1 if a notebook is out of date')
    a = p.parse_args()
    user, repo, branch = settings()
    files, bad = {}, []
    for f in notebooks():
        files[f], problems = update(f, user, repo, branch)
        bad += [f'{f.name}: {x}' for x in problems]
    if bad: sys.exit('colab: ' + '; '.join(bad))
    changed = sync(files, a.check, f'colab (badges, install cells or GitHub links differ from settings.ini: user={user}, repo={repo})',
                   'python tools/colab.py')
    print(f"colab: {'checked' if a.check else 'wrote'} {len(files)} notebooks for github.com/{user}/{repo}"
          + (f' ({len(changed)} updated)' if changed else ''))

if __name__ == '__main__': main()
