"""Render the docs pages offline (no Quarto) from nbdev's processed notebooks, for checking how they look.

The pages come from `_proc/` (run `bash tools/proc_docs.sh` first, or pass --proc): what nbdev hands
to Quarto, so they show what readers will see, API blocks (show_doc) included and exported source
hidden. Quarto's cell options are applied as Quarto would: `include: false` drops a cell, `echo: false`
its code, `output: false` its outputs, `code-fold: true` collapses its code; the front matter gives
the title and summary. Pages go to _html/ (ignored by git). With --screenshots, headless Chromium
(Debian's `chromium`) also writes a PNG of each page's top there. What still needs Quarto: its theme,
the sidebar and navigation, MathJax (loaded from a CDN) and the search.

    python tools/render_html.py [--proc] [--screenshots] [--height 4000] [--pages index 06_metrics]
"""
import argparse, copy, subprocess, tempfile
import nbformat, yaml
from nbconvert import HTMLExporter
from kit import ROOT, options     # Quarto/nbdev `#|` cell options, parsed as for README.md


def docs_view(nb):
    "The processed notebook as Quarto renders it."
    nb, keep = copy.deepcopy(nb), []
    for c in nb.cells:
        if c.cell_type == 'raw' and c.source.startswith('---'):          # front matter: title and summary
            fm = yaml.safe_load(c.source.strip('-\n')) or {}
            keep.append(nbformat.v4.new_markdown_cell(f"# {fm.get('title', '')}\n\n> {fm.get('description', '')}"))
            continue
        d = options(c.source)
        if d.get('include') == 'false' or 'hide' in d: continue
        if c.cell_type == 'code':
            c.source = '\n'.join(l for l in c.source.splitlines() if not l.startswith('#|')).strip()
            if d.get('echo') == 'false': c.metadata.setdefault('tags', []).append('remove_input')
            if d.get('output') == 'false': c.outputs = []
            if d.get('code-fold') == 'true': c.source = f"# ▸ {d.get('code-summary', 'Code')} (folded; Quarto shows the code on a click)"
        keep.append(c)
    nb.cells = keep
    return nb


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--proc', action='store_true', help='run tools/proc_docs.sh first (nbdev_proc_nbs with a stub quarto)')
    p.add_argument('--screenshots', action='store_true')
    p.add_argument('--height', type=int, default=4000)
    p.add_argument('--pages', nargs='*', help='page names (notebook stems) to render; default: all')
    a = p.parse_args()
    if a.proc: subprocess.run(['bash', str(ROOT / 'tools' / 'proc_docs.sh')], check=True)
    proc = ROOT / '_proc'
    if not proc.is_dir(): raise SystemExit('render_html: no _proc/ folder: run bash tools/proc_docs.sh first (or pass --proc)')
    out = ROOT / '_html'; out.mkdir(exist_ok=True)
    import shutil
    if (ROOT / 'nbs' / 'assets').is_dir(): shutil.copytree(ROOT / 'nbs' / 'assets', out / 'assets', dirs_exist_ok=True)   # as Quarto's resources
    from traitlets.config import Config
    c = Config(); c.TagRemovePreprocessor.remove_input_tags = {'remove_input'}; c.TagRemovePreprocessor.enabled = True
    exp = HTMLExporter(template_name='lab', config=c)
    for f in sorted(proc.glob('*.ipynb')):
        if a.pages and f.stem not in a.pages: continue
        nb = nbformat.read(f, 4)
        body, _ = exp.from_notebook_node(docs_view(nb))
        page = out / f'{f.stem}.html'
        page.write_text(body, encoding='utf-8')
        errors = sum(o.get('output_type') == 'error' for c in nb.cells for o in c.get('outputs', []))
        print(f'{page.relative_to(ROOT)}: {len(body) // 1024} KiB{", ERROR OUTPUTS: %d" % errors if errors else ""}')
        if a.screenshots:
            png = out / (f.stem + '.png'); png.unlink(missing_ok=True)       # never mistake an old screenshot for a new one
            with tempfile.TemporaryDirectory() as prof:
                r = subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
                                '--disable-component-update', '--disable-sync', '--no-first-run', f'--user-data-dir={prof}',
                                '--hide-scrollbars', f'--window-size=1100,{a.height}', f'--screenshot={out / (f.stem + ".png")}',
                                f'file://{page}'], capture_output=True, timeout=120)
            if r.returncode or not png.exists(): raise SystemExit(f'render_html: chromium made no screenshot of {page.name}: {r.stderr.decode()[-500:]}')
            print(f'  screenshot {png.relative_to(ROOT)}')


if __name__ == '__main__': main()
