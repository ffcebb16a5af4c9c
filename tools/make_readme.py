"""Write README.md from nbs/index.ipynb without Quarto (offline `nbdev_readme`).

Hidden cells (`#| hide`, `#| include: false`) are left out, `#|` directives are stripped, code
cells become fenced Python, and their committed outputs follow: text as a plain fence, markdown
as is, PNG figures as files under README_files/. `--check` writes nothing and exits 1 when
README.md (or a figure) differs from what the notebook gives.

    python tools/make_readme.py          # regenerate README.md
    python tools/make_readme.py --check  # CI: is README.md in sync with nbs/index.ipynb?
"""
import argparse, base64
from kit import ROOT, read_nb, options as directives, sync

NB, README, FIGS = ROOT/'nbs'/'index.ipynb', ROOT/'README.md', 'README_files'
HEADER = '<!-- Generated from nbs/index.ipynb by tools/make_readme.py: edit the notebook, not this file. -->\n\n'


def _text(x): return ''.join(x) if isinstance(x, list) else x


def render(nb):
    "Markdown text and {filename: png bytes} for notebook `nb`."
    parts, figs = [], {}
    for cell in nb['cells']:
        src = _text(cell['source'])
        d = directives(src)
        if 'hide' in d or d.get('include') == 'false': continue
        if cell['cell_type'] == 'markdown': parts.append(src.strip()); continue
        if cell['cell_type'] != 'code': continue
        code = '\n'.join(l for l in src.splitlines() if not l.startswith('#|')).strip()
        if code and d.get('echo') != 'false': parts.append(f'```python\n{code}\n```')
        if d.get('output') == 'false': continue
        for o in cell.get('outputs', []):
            if o['output_type'] == 'stream': parts.append('    ' + _text(o['text']).rstrip().replace('\n', '\n    '))
            elif o['output_type'] in ('execute_result', 'display_data'):
                data = o['data']
                if 'image/png' in data:
                    name = f'{FIGS}/figure-{len(figs)+1}.png'
                    figs[name] = base64.b64decode(_text(data['image/png']))
                    parts.append(f'![]({name})')
                elif 'text/markdown' in data: parts.append(_text(data['text/markdown']).strip())
                elif 'text/plain' in data: parts.append('    ' + _text(data['text/plain']).rstrip().replace('\n', '\n    '))
            elif o['output_type'] == 'error': raise SystemExit(f'index.ipynb has an error output ({o["ename"]}): fix and re-run it.')
    return HEADER + '\n\n'.join(p for p in parts if p) + '\n', figs


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--check', action='store_true', help='only check that README.md is in sync')
    a = p.parse_args()
    text, figs = render(read_nb(NB))
    old_figs = [f for f in (ROOT / FIGS).glob('*.png') if str(f.relative_to(ROOT)) not in figs]
    changed = sync({README: text, **{ROOT / n: b for n, b in figs.items()}}, a.check, 'make_readme (README.md is generated from nbs/index.ipynb)',
                   '.venv/bin/python tools/make_readme.py', remove=old_figs)
    print(f"README.md {'is in sync with' if a.check else 'written from' if changed else 'already matches'} nbs/index.ipynb "
          f"({len(text)} characters, {len(figs)} figures)")

if __name__ == '__main__': main()
