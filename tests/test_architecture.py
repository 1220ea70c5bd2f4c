"""The layers of the package: every import points downward, and functions stay short.

    cli      → everything below
    draft    → output, store, core (a document in, a plan file out)
    output   → analysis, store, core
    analysis → store, core
    store    → core
    core     → model, values, numerals, units, lookup, metrics, decimals, version

An import inside a function counts as much as one at the top of a module.
"""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "plancmp"
LAYERS = {"core": 0, "store": 1, "analysis": 2, "output": 3, "draft": 4, "cli": 5}
MAX_LINES = 80


def layer_of(module: str) -> str:
    """The layer of a module name such as plancmp.store.index."""
    parts = module.split(".")
    if len(parts) > 1 and parts[1] in LAYERS:
        return parts[1]
    return "core"


def modules() -> list[tuple[str, Path]]:
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        name = ".".join(rel.parts).removesuffix(".__init__")
        out.append((name, path))
    return out


def imports(path: Path, name: str) -> set[str]:
    """Every plancmp module a file imports, anywhere in it."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against the package of this module
                base = name.split(".")[: -node.level if path.name != "__init__.py" else None]
                found.add(".".join([*base, node.module or ""]).rstrip("."))
            elif node.module:
                found.add(node.module)
                found.update(f"{node.module}.{a.name}" for a in node.names)
    return {m for m in found if m.split(".")[0] == "plancmp"}


@pytest.mark.parametrize(("name", "path"), modules(), ids=[n for n, _ in modules()])
def test_imports_point_downward(name, path):
    mine = LAYERS[layer_of(name)]
    if name in ("plancmp", "plancmp.__main__"):  # entry points: the facade and `python -m`
        return
    upward = sorted(m for m in imports(path, name) if m != "plancmp" and LAYERS[layer_of(m)] > mine)
    assert upward == [], f"{name} ({layer_of(name)}) imports upward: {upward}"


def test_the_core_imports_nothing_above_it():
    core = [
        n
        for n, _ in modules()
        if layer_of(n) == "core" and n not in ("plancmp", "plancmp.__main__")
    ]
    assert {"plancmp.model", "plancmp.values", "plancmp.lookup"} <= set(core)


def test_no_function_is_longer_than_80_lines():
    long = []
    for name, path in modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_LINES:
                    long.append(f"{name}.{node.name}: {length} lines")
    assert long == []


def test_no_module_defines_a_name_twice():
    """A module-level name bound twice (a pattern, a function) silently replaces the first for
    every function that reads it, wherever it stands in the file."""
    twice = []
    for name, path in modules():
        bound: list[str] = []
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                bound += [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                bound.append(node.target.id)
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                bound.append(node.name)
        twice += sorted(f"{name}.{b}" for b in set(bound) if bound.count(b) > 1)
    assert twice == []
