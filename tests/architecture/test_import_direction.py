"""The layers import one way (issue 13). Every import is read from the source with `ast`, also the
ones inside functions, so a hidden function-local import counts like any other.

- `scrapers/` and `expectations/` are leaf packages: they import nothing first-party but themselves.
- `dags/` import only `vndx.pipeline` (the task library).
- The graph of packages (the top-level ones, and `vndx`'s sub-packages and modules) has no pair that
  imports each other, and the graph of modules has no cycle.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIRST_PARTY = ("vndx", "scrapers", "expectations", "dags")
LEAVES = ("scrapers", "expectations")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    found = {}
    for top in FIRST_PARTY:
        for path in sorted((ROOT / top).rglob("*.py")):
            found[_module_name(path)] = path
    return found


MODULES = _modules()


def _resolve(name: str) -> str | None:
    """The first-party module an imported name lives in (`vndx.pipeline.tasks.crawl` -> its module)."""
    while name:
        if name in MODULES:
            return name
        name = name.rpartition(".")[0]
    return None


def _imports(module: str, path: Path) -> set[str]:
    """First-party modules `module` imports, anywhere in its body (functions included)."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            # `from pkg import mod` depends on pkg.mod; `from mod import name` on mod
            names = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base
                     for alias in node.names]
        else:
            continue
        for name in names:
            target = _resolve(name)
            if target and target != module:
                out.add(target)
    return out


GRAPH = {module: _imports(module, path) for module, path in MODULES.items()}


def _package(module: str) -> str:
    """Top-level package, except inside `vndx`: its sub-packages and modules are the layers."""
    parts = module.split(".")
    return ".".join(parts[:2]) if parts[0] == "vndx" and len(parts) > 1 else parts[0]


def test_the_scan_sees_function_local_imports():
    """Sanity: the scan reads imports inside functions (the DAG tasks import the library lazily)."""
    assert "vndx.pipeline.tasks" in GRAPH["vndx.pipeline.dag_defaults"]
    assert len(MODULES) > 40


@pytest.mark.parametrize("leaf", LEAVES)
def test_leaf_packages_import_nothing_first_party_but_themselves(leaf):
    wrong = {m: sorted(t for t in targets if t.split(".")[0] != leaf)
             for m, targets in GRAPH.items() if m.split(".")[0] == leaf}
    assert {m: t for m, t in wrong.items() if t} == {}


def test_dags_import_only_the_task_library():
    wrong = {m: sorted(t for t in targets if not t.startswith("vndx.pipeline"))
             for m, targets in GRAPH.items() if m.startswith("dags.")}
    assert {m: t for m, t in wrong.items() if t} == {}


def test_no_two_packages_import_each_other():
    edges = defaultdict(set)
    for module, targets in GRAPH.items():
        for target in targets:
            if _package(module) != _package(target):
                edges[_package(module)].add(_package(target))
    two_way = sorted({tuple(sorted((a, b))) for a, targets in edges.items() for b in targets if a in edges.get(b, ())})
    assert two_way == []


def test_no_module_import_cycle():
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    cycles = []

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for target in sorted(GRAPH[module]):
            if state.get(target) == 1:
                cycles.append(path[path.index(target):] + [target])
            elif target not in state:
                visit(target, [*path, target])
        state[module] = 2

    for module in sorted(GRAPH):
        if module not in state:
            visit(module, [module])
    assert cycles == []


def _env_reads(path: Path) -> list[str]:
    """`VNDX_*` names read from an environment mapping in a file (`os.environ`/`env` .get, [], getenv)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        key = None
        if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func
            if (isinstance(func, ast.Attribute) and func.attr in ("get", "getenv", "pop", "setdefault")
                    and "env" in ast.unparse(func.value) + func.attr):
                key = node.args[0].value
        elif isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load) and "env" in ast.unparse(node.value):
            key = node.slice.value if isinstance(node.slice, ast.Constant) else None
        if isinstance(key, str) and key.startswith("VNDX_"):
            found.append(key)
    return found


def test_settings_is_the_only_reader_of_vndx_variables():
    readers = {m: _env_reads(p) for m, p in MODULES.items() if m != "vndx.config"}
    assert {m: names for m, names in readers.items() if names} == {}
    assert "VNDX_HOME" in _env_reads(MODULES["vndx.config"])  # the scan does see reads
