"""Render the executed notebooks to standalone HTML offline (no Quarto), for checking how the docs look.

Hidden cells (`#| hide`) are dropped and `#|` directives stripped, as nbdev's docs do; `#| echo: false`
cells keep only their output. Pages go to _html/ (ignored by git). With --screenshots, headless
Chromium (Debian's `chromium` package) also writes a PNG of each page's top there.

    python tools/render_html.py [--screenshots] [--height 4000]
"""
import argparse, copy, subprocess, tempfile
from pathlib import Path
import nbformat
from nbconvert import HTMLExporter

ROOT = Path(__file__).resolve().parent.parent


def docs_view(nb):
    "The notebook as the docs show it: no hidden cells, no directives, no input for echo: false."
    nb = copy.deepcopy(nb)
    keep = []
    for c in nb.cells:
        lines = c.source.splitlines()
        d = {l[2:].split(':')[0].strip(): l.split(':', 1)[1].strip() if ':' in l else '' for l in lines if l.startswith('#|')}
        if 'hide' in d or d.get('include') == 'false': continue
        if c.cell_type == 'code':
            c.source = '\n'.join(l for l in lines if not l.startswith('#|')).strip()
            if d.get('echo') == 'false': c.metadata['jupyter'] = {'source_hidden': True}; c.source = ''
        keep.append(c)
    nb.cells = keep
    return nb


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--screenshots', action='store_true')
    p.add_argument('--height', type=int, default=4000)
    a = p.parse_args()
    out = ROOT / '_html'; out.mkdir(exist_ok=True)
    exp = HTMLExporter(template_name='lab')
    for f in sorted((ROOT / 'nbs').glob('*.ipynb')):
        body, _ = exp.from_notebook_node(docs_view(nbformat.read(f, 4)))
        page = out / f'{f.stem}.html'
        page.write_text(body, encoding='utf-8')
        errors = sum(o.get('output_type') == 'error' for c in nbformat.read(f, 4).cells for o in c.get('outputs', []))
        print(f'{page.relative_to(ROOT)}: {len(body) // 1024} KiB{", ERROR OUTPUTS: %d" % errors if errors else ""}')
        if a.screenshots:
            with tempfile.TemporaryDirectory() as prof:
                subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
                                '--disable-component-update', '--disable-sync', '--no-first-run', f'--user-data-dir={prof}',
                                '--hide-scrollbars', f'--window-size=1100,{a.height}', f'--screenshot={out / (f.stem + ".png")}',
                                f'file://{page}'], capture_output=True, timeout=120)


if __name__ == '__main__': main()
