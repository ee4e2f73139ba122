"""No import circles inside ``src/autoform``, read from the source.

The graph is built with `ast`, the way the interpreter would follow the imports:

- every ``import``/``from ... import`` counts, at module level or inside a function (a lazy
  import is still a dependency: it runs the first time the function does);
- imports in the body of ``if TYPE_CHECKING:`` (or ``typing.TYPE_CHECKING``) do not: they never
  run (their ``else:`` branch does, and counts);
- relative imports are resolved against the importing module (a package's ``__init__`` is the
  package itself);
- ``from P import x`` is an edge to the submodule ``P.x`` when there is one, else to ``P``
  (``x`` is a name ``P``'s ``__init__`` defines or re-exports);
- importing ``a.b.c`` is an edge to ``a.b.c`` only, not to its parent packages ``a`` and
  ``a.b``, although Python runs their ``__init__`` first. Counting those would put every module
  that imports a sibling in a circle with the package ``__init__`` that re-exports it, which is
  how a package is meant to look; import-linter's graph (grimp) counts edges the same way;
- a package's ``__init__`` re-exports are edges from the package;
- ``importlib.import_module`` with a computed name (the lazy names of ``autoform.__init__``)
  is not seen.

Two granularities are checked: modules, and the rooms of each package, where a subpackage is
one room (``autoform.analysis`` as a whole): ``source -> analysis.walk`` with
``analysis.unsupported -> source`` is no circle of modules, but it is one of rooms, and a layer
cannot sit both above and below another. import-linter's ``acyclic_siblings`` contract checks
the same rooms; this test also says which lines close a circle.

Circles found are reported one per strongly connected component, as a shortest circle through
it and every edge inside it with the line that makes it.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
import tomllib
from collections import deque
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "autoform"


@dataclass(frozen=True)
class Edge:
    importer: str
    imported: str
    where: str  # the importing file, from the package's parent directory, and its line

    def __str__(self) -> str:
        return f"{self.importer} -> {self.imported}  ({self.where})"


def modules_of(package: Path) -> dict[str, Path]:
    """Every module of ``package`` (a directory with ``__init__.py``) by dotted name."""
    root = package.parent
    found: dict[str, Path] = {}
    for path in sorted(package.rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST) -> list[ast.Import | ast.ImportFrom]:
    """The import statements that can run: all of them but those under ``if TYPE_CHECKING``."""
    found: list[ast.Import | ast.ImportFrom] = []
    todo: list[ast.AST] = [tree]
    while todo:
        node = todo.pop()
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        elif isinstance(node, ast.If) and _is_type_checking(node.test):
            todo.extend(node.orelse)
            continue
        todo.extend(ast.iter_child_nodes(node))
    return sorted(found, key=lambda n: n.lineno)


def import_edges(package: Path) -> list[Edge]:
    """The edges between the modules of ``package``, by the rules in this file's docstring."""
    modules = modules_of(package)
    edges: list[Edge] = []
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        for node in _imports(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                if node.level:
                    # `from . import x` in a module is relative to its package; in a
                    # package's __init__, to the package itself.
                    base = name.split(".")
                    drop = node.level - 1 if is_package else node.level
                    base = base[: len(base) - drop] if drop else base
                    origin = ".".join([*base, node.module] if node.module else base)
                else:
                    origin = node.module or ""
                for alias in node.names:
                    sub = f"{origin}.{alias.name}"
                    targets.append(sub if sub in modules else origin)
            for target in dict.fromkeys(targets):
                if target in modules and target != name:
                    where = f"{path.relative_to(package.parent).as_posix()}:{node.lineno}"
                    edges.append(Edge(name, target, where))
    return edges


def strongly_connected(nodes: list[str], succ: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's components (iterative), those with more than one module, each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in nodes:
        if start in index:
            continue
        work = [(start, iter(sorted(succ.get(start, ()))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(succ.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return sorted(found)


def _shortest_circle(component: list[str], succ: dict[str, set[str]]) -> list[str]:
    """A shortest circle through the component's first module, staying inside it."""
    inside = set(component)
    start = component[0]
    came_from: dict[str, str] = {}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for child in sorted(succ.get(node, ()) & inside):
            if child == start:
                path = [node]
                while path[-1] != start:
                    path.append(came_from[path[-1]])
                return [*reversed(path), start]
            if child not in came_from:
                came_from[child] = node
                queue.append(child)
    raise AssertionError(f"{component} is not a circle")


def _successors(edges: list[Edge]) -> dict[str, set[str]]:
    succ: dict[str, set[str]] = {}
    for e in edges:
        succ.setdefault(e.importer, set()).add(e.imported)
    return succ


def strongly_connected_of(edges: list[Edge]) -> list[list[str]]:
    nodes = sorted({e.importer for e in edges} | {e.imported for e in edges})
    return strongly_connected(nodes, _successors(edges))


def import_circles(edges: list[Edge], noun: str = "modules") -> list[str]:
    """One readable report per circle of ``edges`` (none: the graph flows one way)."""
    succ = _successors(edges)
    reports = []
    for component in strongly_connected_of(edges):
        members = set(component)
        inner = [str(e) for e in edges if e.importer in members and e.imported in members]
        reports.append(
            f"import circle of {len(component)} {noun}: "
            + " -> ".join(_shortest_circle(component, succ))
            + "\n  its edges:\n    "
            + "\n    ".join(inner)
        )
    return reports


def rooms(edges: list[Edge]) -> dict[str, list[Edge]]:
    """For each package, the edges between its rooms: its own ``__init__``, its submodules, and
    its subpackages, each with its modules folded into it."""
    packages = sorted(
        {
            ".".join(name.split(".")[:k])
            for e in edges
            for name in (e.importer, e.imported)
            for k in range(1, name.count(".") + 1)
        }
    )
    found: dict[str, list[Edge]] = {}
    for package in packages:
        depth = package.count(".") + 2

        def room(module: str, depth: int = depth) -> str:
            return ".".join(module.split(".")[:depth])

        folded = [
            Edge(room(e.importer), room(e.imported), f"{e.where}: {e.importer} -> {e.imported}")
            for e in edges
            if all(m == package or m.startswith(package + ".") for m in (e.importer, e.imported))
            and room(e.importer) != room(e.imported)
        ]
        if folded:
            found[package] = folded
    return found


def all_circles(edges: list[Edge]) -> list[str]:
    """The circles among modules, then those among the rooms of a package that go through a
    subpackage (the others are circles of modules, reported already)."""
    reports = import_circles(edges)
    subpackages = {
        ".".join(name.split(".")[:k])
        for e in edges
        for name in (e.importer, e.imported)
        for k in range(1, name.count(".") + 1)
    }
    for package, folded in rooms(edges).items():
        for component, report in zip(
            strongly_connected_of(folded), import_circles(folded, "rooms"), strict=True
        ):
            if subpackages & set(component):
                reports.append(f"among the rooms of {package}: {report}")
    return reports


# ======================================================================================
# THE PROJECT
# ======================================================================================


def test_no_import_circles_inside_autoform() -> None:
    circles = all_circles(import_edges(PACKAGE))
    assert not circles, "\n\n".join(circles)


def test_import_linter_ignores_no_import() -> None:
    # The contracts hold as written: an ignored edge would let lint-imports pass over one.
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    assert not [c["name"] for c in contracts if c.get("ignore_imports")]


def test_import_autoform_does_not_import_litellm() -> None:
    # Not an import-linter contract: `lm` imports litellm inside its functions, and
    # import-linter counts those too. What matters is what `import autoform` runs.
    code = "import sys, autoform; print(sorted(m for m in sys.modules if 'litellm' in m))"
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""},
    )
    assert out.stdout.strip() == "[]", out.stdout


# ======================================================================================
# THE CHECKER ITSELF
# ======================================================================================


def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return tmp_path / "pkg"


def test_checker_finds_a_circle_closed_inside_a_function(tmp_path: Path) -> None:
    package = _package(
        tmp_path,
        {
            "pkg/__init__.py": "from .top import run\n",
            "pkg/top.py": "from .low import helper\n\ndef run(): ...\n",
            "pkg/low.py": """\
                import json

                def helper():
                    from pkg import top
                    return top.run()
            """,
        },
    )
    edges = {(e.importer, e.imported) for e in import_edges(package)}
    assert edges == {("pkg", "pkg.top"), ("pkg.top", "pkg.low"), ("pkg.low", "pkg.top")}
    (report,) = import_circles(import_edges(package))
    assert "pkg.low -> pkg.top -> pkg.low" in report
    assert "pkg.low -> pkg.top  (pkg/low.py:4)" in report


def test_checker_ignores_a_circle_only_type_checkers_see(tmp_path: Path) -> None:
    package = _package(
        tmp_path,
        {
            "pkg/__init__.py": "",
            "pkg/a.py": "from . import b\n",
            "pkg/b.py": """\
                import typing
                from typing import TYPE_CHECKING

                if TYPE_CHECKING:
                    from .a import A
                if typing.TYPE_CHECKING:
                    from pkg import a
                else:
                    from . import c
            """,
            "pkg/c.py": "",
        },
    )
    edges = {(e.importer, e.imported) for e in import_edges(package)}
    assert edges == {("pkg.a", "pkg.b"), ("pkg.b", "pkg.c")}
    assert import_circles(import_edges(package)) == []


def test_checker_resolves_relative_imports_in_subpackages(tmp_path: Path) -> None:
    package = _package(
        tmp_path,
        {
            "pkg/__init__.py": "",
            "pkg/base.py": "VALUE = 1\n",
            "pkg/sub/__init__.py": "from . import leaf\nfrom .. import base\n",
            "pkg/sub/leaf.py": "from ..base import VALUE\nfrom . import NAME\nfrom .. import sub\n",
        },
    )
    edges = {(e.importer, e.imported) for e in import_edges(package)}
    assert edges == {
        ("pkg.sub", "pkg.sub.leaf"),
        ("pkg.sub", "pkg.base"),
        ("pkg.sub.leaf", "pkg.base"),
        ("pkg.sub.leaf", "pkg.sub"),  # a name of the package: its __init__
    }
    (report,) = import_circles(import_edges(package))
    assert "pkg.sub -> pkg.sub.leaf -> pkg.sub" in report


def test_checker_finds_a_circle_through_a_subpackage(tmp_path: Path) -> None:
    # No circle of modules, but the subpackage sits both above and below `base`.
    package = _package(
        tmp_path,
        {
            "pkg/__init__.py": "",
            "pkg/base.py": "def f():\n    from .sub.low import g\n",
            "pkg/sub/__init__.py": "",
            "pkg/sub/low.py": "def g(): ...\n",
            "pkg/sub/high.py": "from ..base import f\n",
        },
    )
    edges = import_edges(package)
    assert import_circles(edges) == []
    (report,) = all_circles(edges)
    assert report.startswith("among the rooms of pkg: import circle of 2 rooms: ")
    assert "pkg/base.py:2: pkg.base -> pkg.sub.low" in report
