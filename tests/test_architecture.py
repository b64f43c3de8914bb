"""The folder tree is the architecture: no import cycles in the core, no Qt outside the GUI layers."""
from __future__ import annotations

import ast
from pathlib import Path

import workbench

PACKAGE = Path(workbench.__file__).parent
GUI = ("workbench.ui", "workbench.widgets", "workbench.app")
QT = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "pyqtgraph", "superqt", "qtawesome")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _type_checking_only(node: ast.If) -> bool:
    t = node.test
    return (isinstance(t, ast.Name) and t.id == "TYPE_CHECKING") or (
        isinstance(t, ast.Attribute) and t.attr == "TYPE_CHECKING")


def imports_of(path: Path) -> list[tuple[str, int]]:
    """Every module ``path`` imports (absolute names), with its line; imports under
    ``if TYPE_CHECKING:`` are left out since they never run."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If) and _type_checking_only(node)
            for child in node.body for n in ast.walk(child)}
    out = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            out += [(a.name, node.lineno) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            if node.module:
                out.append((mod, node.lineno))
            # ``from pkg import x`` may name a submodule; the graph falls back to ``pkg`` when not
            out += [(f"{mod}.{a.name}", node.lineno) for a in node.names]
    return out


def core_graph() -> dict[str, set[str]]:
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        if name.startswith(GUI):
            continue
        deps = set()
        for mod, _ in imports_of(path):
            if mod not in modules and mod.rpartition(".")[0] in modules:
                mod = mod.rpartition(".")[0]   # ``from pkg import name``: a name of pkg/__init__.py
            if mod in modules and mod != name and not mod.startswith(GUI):
                deps.add(mod)
        graph[name] = deps
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a list of modules, or None. A package's ``__init__`` importing its own
    submodules is the normal way to name a public API; a submodule importing its package's
    ``__init__`` back is the cycle we forbid, and it shows here as an edge to the package."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(n: str) -> list[str] | None:
        state[n] = 1
        stack.append(n)
        for d in sorted(graph.get(n, ())):
            if state.get(d) == 1:
                return stack[stack.index(d):] + [d]
            if d not in state:
                found = visit(d)
                if found:
                    return found
        stack.pop()
        state[n] = 2
        return None

    for n in sorted(graph):
        if n not in state:
            found = visit(n)
            if found:
                return found
    return None


def test_core_has_no_import_cycles():
    graph = core_graph()
    assert "workbench.training.types" in graph  # the walk sees the feature packages
    cycle = find_cycle(graph)
    assert cycle is None, "import cycle: " + " -> ".join(cycle)


def test_cycle_finder_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_qt_only_in_ui_widgets_and_app():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if module_name(path).startswith(GUI):
            continue
        for mod, line in imports_of(path):
            if mod.split(".")[0] in QT:
                offenders.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {mod}")
    assert not offenders, "\n".join(offenders)


def test_feature_types_import_nothing_else_of_their_feature():
    for path in PACKAGE.glob("*/types.py"):
        feature = module_name(path).rpartition(".")[0]
        own = [m for m, _ in imports_of(path) if m == feature or m.startswith(feature + ".")]
        assert not own, f"{path.relative_to(PACKAGE.parent)} imports {own}"


def test_at_most_ten_modules_at_the_package_root():
    root = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(root) <= 10, root
