"""The layout keeps its promises: imports run one way and never in a circle, no module takes
another's private names, each core package names its public API, and core stays Qt-free."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.bootstrap import ROOT

PACKAGE = ROOT / "explorer"
CORE_PACKAGES = ("surfaces", "formula", "optim", "perceptron", "functions", "data", "nn",
                 "codegen")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in PACKAGE.rglob("*.py")}


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[tuple[str, str | None]]:
    """(module imported, name taken from it) for each import in the file, type-only ones too."""
    found: set[tuple[str, str | None]] = set()
    here = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {(alias.name, None) for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = here.split(".")[: len(here.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([node.module] if node.module else [])])
            for alias in node.names:
                full = f"{base}.{alias.name}"
                found.add((full, None) if full in modules else (base, alias.name))
    return {(target, taken) for target, taken in found if target in modules}


def _graph() -> tuple[dict[str, set[str]], list[str]]:
    modules = _modules()
    edges: dict[str, set[str]] = {name: set() for name in modules}
    private: list[str] = []
    for name, path in modules.items():
        for target, taken in _imports(name, path, modules):
            if target != name:
                edges[name].add(target)
            if taken and taken.startswith("_") and not taken.startswith("__"):
                private.append(f"{name} takes {target}.{taken}")
    return edges, private


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in edges:
        if v not in index:
            visit(v)
    return found


def _parents(name: str) -> set[str]:
    parts = name.split(".")
    return {".".join(parts[:i]) for i in range(1, len(parts))}


def test_imports_never_run_in_a_circle():
    edges, _ = _graph()
    # A package's __init__ re-exports its modules; a module importing its own package's
    # submodules is not a cycle through the __init__.
    edges = {m: {t for t in ts if t not in _parents(m)} for m, ts in edges.items()}
    assert _cycles(edges) == []


def test_the_checker_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_module_takes_another_modules_private_names():
    assert _graph()[1] == []


def test_imports_run_one_way():
    edges, _ = _graph()
    wrong = [f"{m} imports {t}" for m, targets in edges.items() for t in targets
             if (m.startswith("explorer.core") and not t.startswith("explorer.core"))
             or (m.startswith("explorer.core.") and not m.startswith("explorer.core.nn")
                 and t.startswith("explorer.core.nn"))]
    assert wrong == []


@pytest.mark.parametrize("package", CORE_PACKAGES)
def test_each_core_package_names_its_public_api(package):
    module = importlib.import_module(f"explorer.core.{package}")
    assert module.__doc__, f"explorer.core.{package} says what it is for"
    if package == "nn":
        return  # imports TensorFlow lazily: its modules are imported one by one
    assert module.__all__
    missing = [name for name in module.__all__ if not hasattr(module, name)]
    assert missing == []


def test_core_imports_neither_qt_nor_tensorflow():
    """Every module of core, imported in a fresh interpreter, loads no Qt, pyqtgraph or
    TensorFlow (core/nn imports TensorFlow only when a model is first needed)."""
    names = sorted(m for m in _modules() if m.startswith("explorer.core"))
    code = (f"import importlib, sys\nfor m in {names!r}: importlib.import_module(m)\n"
            "print([m for m in ('PySide6', 'pyqtgraph', 'shiboken6', 'tensorflow', 'keras') "
            "if m in sys.modules])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, check=True)
    assert len(names) > 40 and result.stdout.strip() == "[]"
