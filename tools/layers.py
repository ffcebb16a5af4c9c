"""The module's structure, measured: the import graph between invnb's modules (each on the floor of the
notebook it is exported from), every module's share of the package's lines, the longest functions and
the lines over 140 characters. `--check` exits 1 when a module imports from a higher floor (a later
notebook), when the graph has a cycle, when a module imports the package `invnb` itself or a private name of another module or of torch, or when a
numbered notebook's code imports a module exported by a later notebook (a reader meets every name
before it is used; the landing and results pages, unnumbered, read from every floor); the sizes
are held to limits too: a module ≤ 12% of the lines, a function ≤ 50 lines, a line ≤ 140 characters (the module
docstring nbdev writes from a page's description excepted).

    python tools/layers.py [--check]
"""
import argparse, ast, re, sys
from kit import ROOT, notebooks, read_nb, source

PKG = ROOT / 'invnb'
MAX_SHARE, MAX_FUNC, MAX_LINE = 0.12, 50, 140


def modules() -> dict:
    "{module name: (notebook it is exported from, source)} for every exported module."
    out = {}
    for p in sorted(PKG.glob('*.py')):
        if p.name in ('__init__.py', '_modidx.py'): continue
        text = p.read_text(encoding='utf-8')
        m = re.search(r'File to edit: \.\./nbs/(\S+\.ipynb)', text)
        out[p.stem] = (m.group(1) if m else '?', text)
    return out


def imports(tree) -> set:
    "invnb modules a module imports (relative `from .x`, or absolute `invnb.x`); 'invnb' for the package itself."
    got = set()
    for n in ast.walk(tree):
        if isinstance(n, ast.ImportFrom):
            if n.level == 1 and n.module: got.add(n.module.split('.')[0])
            elif n.level == 1: got.update(a.name for a in n.names)
            elif n.module and (n.module == 'invnb' or n.module.startswith('invnb.')):
                got.add(n.module.split('.')[1] if '.' in n.module else 'invnb')
        elif isinstance(n, ast.Import):
            got.update(a.name.split('.')[1] if a.name.startswith('invnb.') else 'invnb' for a in n.names if a.name.split('.')[0] == 'invnb')
    return got


def functions(tree) -> list:
    "(lines, name) of every function and method."
    return [(n.end_lineno - n.lineno + 1, n.name) for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]


def cycle(graph: dict):
    "One import cycle as a list of modules, or None."
    state = {}
    def visit(m, path):
        state[m] = 'open'
        for d in sorted(graph.get(m, ())):
            if state.get(d) == 'open': return path + [m, d]
            if d not in state and (c := visit(d, path + [m])): return c
        state[m] = 'done'
    for m in sorted(graph):
        if m not in state and (c := visit(m, [])): return c


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--check', action='store_true')
    a = p.parse_args()
    mods = modules()
    trees = {m: ast.parse(t) for m, (_, t) in mods.items()}
    graph = {m: sorted(imports(tr) - {m}) for m, tr in trees.items()}
    floor = {m: nb for m, (nb, _) in mods.items()}
    problems = []
    print('import graph (module [notebook] ← what it imports):')
    for m in sorted(mods, key=lambda m: floor[m]):
        print(f'  {m:<11} [{floor[m]}] ← {", ".join(graph[m]) or "—"}')
        for d in graph[m]:
            if d == 'invnb': problems.append(f'{m} imports the package invnb itself')
            elif d not in floor: problems.append(f'{m} imports {d}, which is not an exported module')
            elif floor[d] >= floor[m]: problems.append(f'{m} ({floor[m]}) imports {d} from a higher floor ({floor[d]})')
    for nb in notebooks():
        if not nb.name[:2].isdigit(): continue
        used = set()
        for c in read_nb(nb)['cells']:
            if c['cell_type'] != 'code': continue
            code = '\n'.join(l for l in source(c).splitlines() if not l.lstrip().startswith(('%', '!')))
            try: used |= imports(ast.parse(code))
            except SyntaxError as e: problems.append(f'notebook {nb.name}: a code cell does not parse ({e.msg}, line {e.lineno})')
        for d in sorted(used & set(floor)):
            if floor[d] > nb.name: problems.append(f'notebook {nb.name} imports {d}, exported by the later {floor[d]}')
    for m, tr in trees.items():                                          # no private name crosses a module
        for n in ast.walk(tr):
            if isinstance(n, ast.ImportFrom) and (n.level == 1 or (n.module or '').split('.')[0] in ('invnb', 'torch')):
                priv = [a.name for a in n.names if a.name.startswith('_') and not a.name.startswith('__')]
                priv += [f'{n.module} itself' for p in (n.module or '').split('.') if p.startswith('_') and not p.startswith('__')][:1]
                if priv: problems.append(f"{m} imports private names from {n.module}: {', '.join(priv)} (use public names, or keep them in one module)")
            if isinstance(n, ast.Attribute) and n.attr.startswith('_') and not n.attr.startswith('__'):
                root = n.value
                while isinstance(root, ast.Attribute): root = root.value
                if isinstance(root, ast.Name) and root.id in ('torch', 'nn', 'F'):
                    problems.append(f"{m} uses torch's private {ast.unparse(n)}")
    if (c := cycle({m: [d for d in g if d in mods] for m, g in graph.items()})): problems.append('import cycle: ' + ' → '.join(c))
    lines = {m: len(t.splitlines()) for m, (_, t) in mods.items()}
    total = sum(lines.values())
    big = max(lines, key=lines.get)
    print(f'\nlines: {total} in {len(mods)} modules (without __init__ and _modidx); largest {big} {lines[big]} ({lines[big] / total:.1%}; limit {MAX_SHARE:.0%})')
    print('  ' + ', '.join(f'{m} {lines[m]} ({lines[m] / total:.1%})' for m in sorted(lines, key=lines.get, reverse=True)))
    funcs = sorted(((n, f'{m}.{f}') for m, tr in trees.items() for n, f in functions(tr)), reverse=True)
    over = [f'{f} {n}' for n, f in funcs if n > MAX_FUNC]
    print(f'functions over {MAX_FUNC} lines: {len(over)}' + (f" ({', '.join(over)})" if over else '') + f'; longest {funcs[0][1]} {funcs[0][0]}')
    # line 1 is the docstring nbdev writes from the page's one-line description (prose shown as the page's subtitle), not code
    long = [(m, i + 1, len(l)) for m, (_, t) in mods.items() for i, l in enumerate(t.splitlines()) if len(l) > MAX_LINE and i > 0]
    per = {}
    for m, _, _ in long: per[m] = per.get(m, 0) + 1
    print(f'lines over {MAX_LINE} characters: {len(long)}' + (f" ({', '.join(f'{m} {n}' for m, n in sorted(per.items()))}; longest {max(n for *_, n in long)})" if long else ''))
    if lines[big] / total > MAX_SHARE: problems.append(f'{big} holds {lines[big] / total:.1%} of the lines (limit {MAX_SHARE:.0%})')
    problems += [f'{f} has {n} lines (limit {MAX_FUNC})' for n, f in funcs if n > MAX_FUNC]
    problems += [f'{m}.py line {i} has {n} characters (limit {MAX_LINE})' for m, i, n in long]
    if problems:
        print('\n' + '\n'.join(f'layers: {x}' for x in problems), file=sys.stderr)
        if a.check: sys.exit(1)
    elif a.check: print('\nlayers: every import runs to an earlier notebook, no cycle, no module imports invnb itself')


if __name__ == '__main__': main()
