"""``autoform-compile``: print the generated async code of functions, without running them.

    autoform-compile PATH:FUNC         one function of a file
    autoform-compile PATH              every function decorated with @af.concurrent in it
    autoform-compile MODULE[:FUNC]     the same, the file named as a module (mypkg.pipelines)
    autoform-compile a.py:f pkg.m      several targets: the output of each, in order
    ... --graph [mermaid|dot]          the dependency graph (mermaid by default) instead
    ... --diff                         the original function against the generated one
    ... --explain                      what overlaps, what waits and why
    ... -o FILE / --check FILE         write the module / exit 1 if FILE is stale (one target)

A target is a path when it names an existing file, ends in ``.py`` or holds a path
separator; otherwise it is a dotted module name, looked up as ``import`` would (the current
directory first, then ``sys.path``) but by looking at files only, since importing a module
runs its packages' ``__init__``. Nothing of the user's is imported or executed, nor LiteLLM:
the files are parsed and names resolve from their imports and aliases. A helper imported
from another of the user's files (beside the target, or under its package) is read the same
way (`Project`); ``--explain`` lists what could not be seen.

Bad input gives one line on stderr naming the place, and exit status 1: a missing file,
module or function, a syntax error, an unsupported construct, or (--check) a stale file.
Bad usage exits with 2.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import libcst as cst

from .analysis.calls import CallInfo, CallKind, HelperSummary, dotted_name
from .analysis.classes import changes_self, reads_own
from .analysis.names import own_scope, variables
from .analysis.resolvers import StaticResolver
from .compiler import Compiled, check_target, compile_function
from .errors import CompileError
from .explain import explain
from .graphs import dot, mermaid
from .source import from_file, iter_functions, parse_file
from .syntax.walk import walk
from .targets import Target, find_module, names_a_target, resolve_target

__all__ = ["Target", "find_module", "main", "render_module", "resolve_target"]


def _decorated(module: cst.Module, resolver: StaticResolver) -> list[str]:
    names = []
    for func in iter_functions(module):
        for dec in func.decorators:
            expr = dec.decorator.func if isinstance(dec.decorator, cst.Call) else dec.decorator
            dotted = dotted_name(expr)
            info = resolver.resolve(dotted) if dotted else None
            if info is not None and info.qualname in (
                "autoform.concurrent",
                "autoform.api.concurrent",
            ):
                names.append(func.name.value)
    return names


def _imports_for(module: cst.Module, used: set[str]) -> list[cst.BaseStatement]:
    """The module's import statements, cut down to the names the function uses."""
    out: list[cst.BaseStatement] = []
    for stmt in module.body:
        if not isinstance(stmt, cst.SimpleStatementLine):
            continue
        for small in stmt.body:
            if not isinstance(small, cst.Import | cst.ImportFrom) or isinstance(
                small.names, cst.ImportStar
            ):
                continue
            keep = [a for a in small.names if _bound(a) in used]
            if keep:
                keep[-1] = keep[-1].with_changes(comma=cst.MaybeSentinel.DEFAULT)
                out.append(cst.SimpleStatementLine([small.with_changes(names=keep)]))
    return out


def _bound(alias: cst.ImportAlias) -> str:
    if alias.asname is not None and isinstance(alias.asname.name, cst.Name):
        return alias.asname.name.value
    return (dotted_name(alias.name) or "").split(".")[0]


def _module_names(module: cst.Module) -> set[str]:
    """Names the module defines other than by import."""
    names: set[str] = set()
    for stmt in module.body:
        if isinstance(stmt, cst.FunctionDef | cst.ClassDef):
            names.add(stmt.name.value)
        elif isinstance(stmt, cst.SimpleStatementLine):
            for small in stmt.body:
                targets = []
                if isinstance(small, cst.Assign):
                    targets = [t.target for t in small.targets]
                elif isinstance(small, cst.AnnAssign | cst.AugAssign):
                    targets = [small.target]
                names.update(t.value for t in targets if isinstance(t, cst.Name))
    return names


def _aliases(module: cst.Module, used: set[str]) -> list[cst.SimpleStatementLine]:
    """Module-level ``name = dotted.name`` lines the functions use (``ask = af.lm_call``)."""
    out = []
    for stmt in module.body:
        if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
            continue
        small = stmt.body[0]
        if (
            isinstance(small, cst.Assign)
            and len(small.targets) == 1
            and isinstance(small.targets[0].target, cst.Name)
            and small.targets[0].target.value in used
            and dotted_name(small.value) is not None
        ):
            out.append(stmt.with_changes(leading_lines=()))
    return out


def render_module(
    path: str,
    compiled: Sequence[Compiled],
    module: cst.Module,
    *,
    module_name: str | None = None,
) -> str:
    """A runnable module holding the generated functions, with the imports they need.

    ``module_name``: the dotted name the file was given by (``mypkg.pipelines``), if any;
    the header and the import of the module's own names then use it instead of the path."""
    where = module_name or path
    for c in compiled:
        _refuse_globals(c, where)
    used: set[str] = set()
    for c in compiled:
        used |= {n.value for n in variables(c.src.func)}
    aliases = _aliases(module, used)
    for line in aliases:
        used |= {n.value for n in variables(line.body[0].value)}  # type: ignore[attr-defined]
    aliased = {line.body[0].targets[0].target.value for line in aliases}  # type: ignore[attr-defined]
    header = [
        f"# Generated by autoform-compile from {where}. Regenerate rather than edit:",
        f"#   autoform-compile {where}"
        + (f":{compiled[0].src.target}" if len(compiled) == 1 else ""),
    ]
    imports = [cst.Module([]).code_for_node(s).rstrip() for s in _imports_for(module, used)]
    runtimes = sorted({c.runtime_name for c in compiled})
    imports += [
        "from autoform import runtime" + (f" as {r}" if r != "runtime" else "") for r in runtimes
    ]
    imports += [cst.Module([]).code_for_node(line).rstrip() for line in aliases]
    defined = sorted((_module_names(module) & used) - {c.name for c in compiled} - aliased)
    importable = module_name or Path(path).stem
    if defined:
        imports.append(f"from {importable} import {', '.join(defined)}  # defined in {where}")
    # What each function's entry check runs when it fails: the function as written.
    imports += [
        f"from {importable} import {c.name} as {c.emitted.original}"
        for c in compiled
        if c.emitted.original is not None
    ]
    body = ["\n".join(header) + "\n\n" + "\n".join(imports)]
    body += [c.source.strip("\n") for c in compiled]
    return "\n\n\n".join(body) + "\n"


def _refuse_globals(c: Compiled, where: str) -> None:
    """The generated module imports the module's names: a `global` there would rebind the
    generated module's own copy, silently. (Loaded by @af.concurrent, it is the real one.)"""
    for node in own_scope(c.src.func.body):
        if isinstance(node, cst.Global):
            names = ", ".join(f"`{item.name.value}`" for item in node.names)
            raise c.src.error(
                node,
                f"`global {names.replace('`', '')}` cannot be kept in a separate generated "
                f"module: it would rebind its own {names}, not the one in {where}.",
                construct="a `global` statement",
                hint=(
                    "Use @af.concurrent, which runs the generated code with the module's own "
                    "globals, or pass the value in and return the result."
                ),
            )


# =====================================================================================
# FILES: the target's module, and the user's modules its helpers are imported from
# =====================================================================================


@dataclass
class _Module:
    """One of the user's files, parsed, with what its names resolve to."""

    path: Path
    name: str  # its dotted name, as far as its packages tell
    tree: cst.Module
    resolver: StaticResolver


class Project:
    """The user's files the command line reads, each parsed once: the target's module, and
    the modules its helpers are imported from when they lie beside it or under its package
    (``from .util import llm_call``, ``from helpers import ask``), as ``af.concurrent``
    follows them. Installed packages and the standard library are never read: a helper from
    there is an unknown call, as it is to ``af.concurrent``. What cannot be seen is kept in
    ``unseen`` (qualified name -> why), for the report.

    ``roots``: where absolute imports are looked for: the target's directory, then the
    directory holding its outermost package."""

    def __init__(self, target: Target) -> None:
        path = Path(target.path)
        self.roots = _import_roots(path)
        self.modules: dict[Path, _Module] = {}
        self.summaries: dict[tuple[Path, str], HelperSummary | None] = {}
        self.helpers: dict[str, Compiled] = {}  # the helpers compiled, by qualified name
        # (file, `Class.method`, the class of its `self`, exact) -> (compiled, its resolver)
        self.methods: dict[tuple[Path, str, str, bool], tuple[Compiled, Any] | None] = {}
        self.unseen: dict[str, str] = {}
        self.target = self.module(path, target.module_name or _dotted(path))

    def module(self, path: Path, name: str, tree: cst.Module | None = None) -> _Module:
        key = path.resolve()
        if key not in self.modules:
            tree = tree if tree is not None else parse_file(path)
            resolver = StaticResolver(
                tree,
                name,
                lambda func: self._summarize(key, func),
                _Imports(self, path),
                lambda func, cls, exact: self._method(key, func, cls, exact),
            )
            self.modules[key] = _Module(path, name, tree, resolver)
        return self.modules[key]

    def _summarize(self, key: Path, func: str) -> HelperSummary | None:
        # A helper is compiled too, to know what it does; while it compiles, a call back to
        # it (recursion) is an unknown call.
        if (key, func) not in self.summaries:
            self.summaries[key, func] = None
            module = self.modules[key]
            try:
                compiled = compile_function(
                    from_file(module.path, func, module.tree), module.resolver
                )
            except CompileError as exc:
                self.unseen[f"{module.name}.{func}"] = (
                    f"`{func}` from module `{module.name}`: not compiled ({exc.message})"
                )
            else:
                self.summaries[key, func] = compiled.summary
                self.helpers[f"{module.name}.{func}"] = compiled
        return self.summaries[key, func]

    def _method(self, key: Path, func: str, cls: str, exact: bool) -> tuple[Compiled, Any] | None:
        """The module's method ``func`` (``Owner.name``) compiled for an object of its class
        ``cls`` (a marker, `StaticResolver`), as ``af.concurrent`` compiles a method for the
        class of its ``self``; with the resolver it was compiled with."""
        if (key, func, cls, exact) in self.methods:
            return self.methods[key, func, cls, exact]
        self.methods[key, func, cls, exact] = None  # (a call back to it: recursion)
        module = self.modules[key]
        owner = func.split(".")[0]
        try:
            src = from_file(module.path, func, module.tree)
        except CompileError:
            return None
        resolver: Any = module.resolver
        if (cls, exact) != (module.resolver.marker(owner), False) and not any(
            isinstance(n, cst.Name) and n.value == owner for n in walk(src.func)
        ):
            # `self` is known as its defining class, not exact: stands for `cls` here. (A
            # method that names its class otherwise is compiled for it, as any `self`.)
            resolver = _SelfAs(module.resolver, owner, cls, exact)
        try:
            compiled = compile_function(src, resolver)
        except CompileError as exc:
            self.unseen[f"{module.name}.{func}"] = (
                f"`{func}` from module `{module.name}`: not compiled ({exc.message})"
            )
            return None
        summary = compiled.summary
        if summary.effects and self._changes_self(module.resolver, cls, exact, compiled):
            summary = replace(summary, changes_self=True)
        if self._reads_own(module.resolver, cls, exact, compiled):
            summary = replace(summary, reads_own=True)
        compiled = replace(compiled, summary=summary)
        self.helpers[f"{module.name}.{func}"] = compiled
        self.methods[key, func, cls, exact] = compiled, resolver
        return compiled, resolver

    @staticmethod
    def _changes_self(resolver: StaticResolver, cls: str, exact: bool, compiled: Compiled) -> bool:
        """Does the method change nothing but its own object (`classes.changes_self`), for
        ``cls`` and, unless ``exact``, every subclass of the module?"""
        owned = {name for name, held in resolver.attributes(cls, exact).items() if held.fresh}
        kinds = [cls] if exact else [cls, *resolver.below(cls)]
        shadows = [resolver.shadow(k) for k in kinds]
        return all(
            s is not None and changes_self(s, compiled.src.func, compiled.calls, owned)
            for s in shadows
        )

    @staticmethod
    def _reads_own(resolver: StaticResolver, cls: str, exact: bool, compiled: Compiled) -> bool:
        """Does the method read of its object only what no other object's method changes
        (`classes.reads_own`), for ``cls`` and, unless ``exact``, every subclass of the
        module?"""
        attributes = resolver.attributes(cls, exact)
        kinds = [cls] if exact else [cls, *resolver.below(cls)]
        shadows = [resolver.shadow(k) for k in kinds]
        return all(
            s is not None and reads_own(s, compiled.src.func, compiled.calls, attributes)
            for s in shadows
        )

    def imported(self, importer: Path, level: int, module: str, attr: str) -> _Module | None:
        """The user's module ``module``, imported ``level`` packages up from ``importer`` (0:
        absolute), that ``attr`` is taken from; None (and said in ``unseen``) if it is none
        of the user's files."""
        shown = "." * level + module
        found = _module_file(importer, level, module, self.roots)
        if found is None:
            where = _outside(module) if not level else None
            why = f"{where}, not read" if where else "source not found"
            qualname = f"{shown}.{attr}" if module else f"{shown}{attr}"
            self.unseen.setdefault(qualname, f"`{attr}` from module `{shown}`: {why}")
            return None
        try:
            return self.module(found, _dotted(found))
        except CompileError as exc:
            raise CompileError(
                f"{exc.message} (a file {_relative(importer)} imports `{attr}` from)",
                filename=exc.filename,
                line=exc.line,
                column=exc.column,
                construct=exc.construct,
                hint=exc.hint,
            ) from None

    def follow(self, importer: Path, level: int, dotted: str) -> CallInfo | None:
        """What ``dotted`` (a module's name and an attribute of it), imported ``level``
        packages up from ``importer``, is: what that file's resolver says."""
        module, _, attr = dotted.rpartition(".")
        if not module and not level:
            return None  # a module called (`import m; m()`)
        shown = "." * level + module
        qualname = f"{shown}.{attr}" if module else f"{shown}{attr}"
        helper = self.imported(importer, level, module, attr)
        if helper is None:
            return CallInfo(CallKind.UNKNOWN, qualname)
        found = helper.path
        info = helper.resolver.resolve(attr) or CallInfo(CallKind.UNKNOWN, qualname)
        if info.kind is CallKind.UNKNOWN and f"{helper.name}.{attr}" not in self.helpers:
            # (A helper compiled and found to have effects is seen: the report says which.)
            there = f"`{attr}` from module `{shown}` ({_relative(found)})"
            classes = {c.name.value for c in helper.tree.body if isinstance(c, cst.ClassDef)}
            self.unseen.setdefault(
                info.qualname or qualname,
                f"{there}: a class, whose making autoform does not read"
                if attr in classes
                else f"{there}: not a function autoform reads"
                if helper.resolver.defines(attr)
                else f"{there}: not defined there",
            )
        return info

    def bound_by(self, importer: Path, level: int, dotted: str) -> str | None:
        """How the name ``dotted`` imported from another of the user's files is bound there
        (`StaticResolver.bound_by`); None for a name from elsewhere."""
        module, _, attr = dotted.rpartition(".")
        if (not module and not level) or _module_file(importer, level, module, self.roots) is None:
            return None
        helper = self.imported(importer, level, module, attr)
        return helper.resolver.bound_by(attr) if helper is not None else None

    def method(
        self, importer: Path, level: int, dotted: str, name: str, exact: bool
    ) -> CallInfo | None:
        """The method ``name`` of the class ``dotted`` imported from another of the user's
        files: what that file's resolver says."""
        module, _, cls = dotted.rpartition(".")
        if not module and not level:
            return None
        helper = self.imported(importer, level, module, f"{cls}.{name}")
        return helper.resolver.method(cls, name, exact) if helper is not None else None

    def unseen_lines(self, compiled: Sequence[Compiled]) -> list[str]:
        """What the report could not see of the calls ``compiled`` (and the helpers
        compiled for them) make, one line each."""
        called = {
            info.qualname
            for c in [*compiled, *self.helpers.values()]
            for info in c.calls.values()
            if info.kind is CallKind.UNKNOWN
        }
        lines = [
            f"{why}; taken as an unknown call"
            for name, why in sorted(self.unseen.items())
            if name in called
        ]
        # `self.judge(...)`: an attribute of an object of the user's class, or a method of it,
        # that the class's source does not tell.
        reached = {part for name in called if name for part in name.split(".")[1:]}
        for module in self.modules.values():
            for key, why in sorted(module.resolver.refused.items()):
                cls, _, attr = key.partition(".")
                if attr in reached:
                    lines.append(
                        f"`{attr}` of `{cls}` objects (module `{module.name}`): {why}; "
                        "what is called through it is taken as an unknown call"
                    )
        return lines


class _SelfAs:
    """A module's resolver for a method compiled for objects of the class ``cls``: its
    ``self``, known to the compiler as of its defining class ``alias`` (not exact), is of
    ``cls`` (exactly, or not)."""

    def __init__(self, base: StaticResolver, alias: str, cls: str, exact: bool) -> None:
        self._base = base
        self._alias = alias
        self._cls = cls
        self._exact = exact

    def __getattr__(self, name: str) -> Any:
        return getattr(self._base, name)

    def _of(self, cls: str, exact: bool) -> tuple[str, bool]:
        return (self._cls, self._exact) if (cls, exact) == (self._alias, False) else (cls, exact)

    def method(self, cls: str, name: str, exact: bool) -> CallInfo | None:
        cls, exact = self._of(cls, exact)
        return self._base.method(cls, name, exact)

    def getter(self, cls: str, name: str, exact: bool) -> CallInfo | None:
        cls, exact = self._of(cls, exact)
        return self._base.getter(cls, name, exact)

    def attribute(self, cls: str, name: str, exact: bool) -> tuple[str, bool] | str | None:
        cls, exact = self._of(cls, exact)
        return self._base.attribute(cls, name, exact)


@dataclass(frozen=True)
class _Imports:
    """`Imports` for one of the user's files: its imports, followed by the project."""

    project: Project
    importer: Path

    def resolve(self, level: int, dotted: str) -> CallInfo | None:
        return self.project.follow(self.importer, level, dotted)

    def method(self, level: int, dotted: str, name: str, exact: bool) -> CallInfo | None:
        return self.project.method(self.importer, level, dotted, name, exact)

    def bound_by(self, level: int, dotted: str) -> str | None:
        return self.project.bound_by(self.importer, level, dotted)

    def source(self, level: int, module: str) -> tuple[str, str] | None:
        found = _module_file(self.importer, level, module, self.project.roots)
        if found is None:
            return None
        try:
            return str(found), found.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None


def _import_roots(path: Path) -> list[Path]:
    here = path.parent
    top = here
    while (top / "__init__.py").is_file() and top.parent != top:
        top = top.parent
    return [here] if top == here else [here, top]


def _dotted(path: Path) -> str:
    """A file's module name, from the packages (directories with ``__init__.py``) it is in."""
    parts = [] if path.name == "__init__.py" else [path.stem]
    here = path.resolve().parent
    while (here / "__init__.py").is_file() and here.parent != here:
        parts.insert(0, here.name)
        here = here.parent
    return ".".join(parts) or path.stem


def _module_file(importer: Path, level: int, module: str, roots: list[Path]) -> Path | None:
    """The file of the module ``module`` imported ``level`` packages up from ``importer``, or
    (level 0) under one of ``roots``; None if none is there."""
    if level:
        base = importer.parent
        for _ in range(level - 1):
            base = base.parent
        parts = module.split(".") if module else []
        for part in parts[:-1]:
            base = base / part
        last = parts[-1] if parts else None
        if last is None:
            found = base / "__init__.py"
            return found if found.is_file() else None
        for found in (base / last / "__init__.py", base / f"{last}.py"):
            if found.is_file():
                return found
        return None
    try:
        return find_module(module, roots)
    except CompileError:
        return None


def _relative(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _outside(module: str) -> str | None:
    """Where the module ``module``, not among the user's files, is found (without importing
    it): "library code" (installed, or the standard library), "outside the target's
    package"; None if nowhere."""
    import importlib.util
    import sysconfig

    top = module.split(".")[0]
    if top in sys.builtin_module_names or top in sys.stdlib_module_names:
        return "library code"
    try:
        spec = importlib.util.find_spec(top)  # a top-level name runs nothing
    except (ImportError, ValueError):
        return None
    if spec is None:
        return None
    names = ("stdlib", "platstdlib", "purelib", "platlib")
    libraries = tuple(p for n in names if (p := sysconfig.get_paths().get(n)))
    origin = spec.origin or ""
    if not origin or origin in ("built-in", "frozen") or origin.startswith(libraries):
        return "library code"
    return "outside the target's package"


def _compile(target: Target) -> tuple[cst.Module, list[Compiled], Project]:
    project = Project(target)
    own = project.target
    names = [target.func] if target.func else _decorated(own.tree, own.resolver)
    project.unseen.clear()  # (what the decorators are does not matter to the report)
    if not names:
        raise CompileError(
            "no function decorated with @af.concurrent here; name one as PATH:FUNC.",
            filename=target.path,
            line=1,
        )
    out = [compile_function(from_file(target.path, n, own.tree), own.resolver) for n in names]
    for compiled in out:
        check_target(compiled)
    return own.tree, out, project


# =====================================================================================
# VIEWS: what is printed for one target
# =====================================================================================


def _diff(target: Target, module: cst.Module, compiled: Compiled) -> str:
    """The function as written against the generated one; `-` lines carry the file's numbers."""
    src = compiled.src
    first = min(src.origin(n).line for n in (src.func, *src.func.decorators))
    lines = module.code.splitlines()[first - 1 : src.origin(src.func).end_line]
    generated = compiled.source.strip("\n").splitlines()
    diff = difflib.unified_diff(
        [line + "\n" for line in lines],
        [line + "\n" for line in generated],
        fromfile=f"{target.path}:{compiled.src.target}",
        tofile=f"{compiled.name}, generated",
    )
    shift = first - 1  # difflib counts from the function's first line; the file from its own
    return "".join(
        re.sub(r"^@@ -(\d+)", lambda m: f"@@ -{int(m[1]) + shift}", line) for line in diff
    )


GRAPHS: dict[str, Callable[[Compiled], str]] = {"mermaid": mermaid, "dot": dot}
# How each view's output marks a comment, so the separator between targets is one.
_COMMENT = {"mermaid": "%% ", "dot": "// ", "code": "# ", "diff": "", "explain": ""}


def _view(args: argparse.Namespace) -> str:
    if args.graph:
        return str(args.graph)
    return "explain" if args.explain else "diff" if args.diff else "code"


def _render(
    view: str, target: Target, module: cst.Module, compiled: list[Compiled], project: Project
) -> str:
    if view in GRAPHS:
        return "\n\n".join(GRAPHS[view](c) for c in compiled) + "\n"
    if view == "explain":
        unseen = project.unseen_lines(compiled)
        return "\n\n".join(explain(c, project.helpers, unseen) for c in compiled) + "\n"
    if view == "diff":
        return "".join(_diff(target, module, c) for c in compiled)
    return render_module(target.path, compiled, module, module_name=target.module_name)


# =====================================================================================
# MAIN
# =====================================================================================

EPILOG = """\
A TARGET is a path when it names an existing file, ends in .py or holds a path separator,
otherwise a dotted module name, found in the current directory or on sys.path without
importing it. Nothing is imported or executed: the files are only parsed.

exit status:
  0  success
  1  bad input: a missing file, module or function, a syntax error, a construct that
     cannot be compiled, an unreadable or unwritable FILE; or (--check) FILE is stale
  2  bad usage (unknown option, -o/--check with several targets, ...)
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="autoform-compile",
        description="Print the concurrent code autoform generates for functions.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "targets",
        nargs="+",
        metavar="TARGET",
        help="PATH:FUNC or MODULE:FUNC (mypkg.pipelines:research) for one function, PATH or "
        "MODULE for every @af.concurrent function in the file; several are printed in order",
    )
    # One thing is printed or written per call: the module (default), or one of these.
    what = parser.add_mutually_exclusive_group()
    what.add_argument(
        "--graph",
        nargs="?",
        const="mermaid",
        choices=sorted(GRAPHS),
        help="print the dependency graph instead: a mermaid flowchart (the default) or "
        "Graphviz DOT; before or after the targets",
    )
    what.add_argument(
        "--diff",
        action="store_true",
        help="print a unified diff of each original function against the generated one",
    )
    what.add_argument(
        "--explain",
        action="store_true",
        help="print what overlaps, what waits for what and why, instead",
    )
    what.add_argument("-o", "--output", metavar="FILE", help="write the module to FILE")
    what.add_argument(
        "--check",
        metavar="FILE",
        help="exit 1, showing a diff, if FILE is not what would be generated now (for CI)",
    )
    return parser


def _graph_before_target(argv: Sequence[str]) -> list[str]:
    """``--graph`` takes an optional format, so argparse would take ``--graph a.py:f`` for
    the format ``a.py:f``: a word after it that is no format but names a target is a target.
    (A word that is neither stays the format's, for argparse to refuse as one.)"""
    out = list(argv)
    for i, word in enumerate(out[:-1]):
        if word == "--":
            break
        following = out[i + 1]
        if word == "--graph" and following not in GRAPHS and names_a_target(following):
            out[i] = "--graph=mermaid"
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    # Intermixed: targets and options in any order (`a.py --graph b.py`).
    args = parser.parse_intermixed_args(
        _graph_before_target(sys.argv[1:] if argv is None else argv)
    )
    if len(args.targets) > 1 and (args.output or args.check):
        # One file holds one target's module: a merged module would mix imports and names.
        parser.error("-o/--output and --check take one target; run once per target")
    view = _view(args)
    rendered = []
    failed = False
    for spec in args.targets:
        try:
            target = resolve_target(spec)
            rendered.append((target, _render(view, target, *_compile(target))))
        except CompileError as exc:
            print(f"autoform-compile: error: {exc}", file=sys.stderr)
            failed = True
        except Exception as exc:  # a bug of ours: one line that says so, never a traceback
            print(
                f"autoform-compile: error: {spec}: autoform failed ({type(exc).__name__}: "
                f"{exc}). This is a bug in autoform, please report it.",
                file=sys.stderr,
            )
            failed = True
    if failed:  # nothing is printed unless every target compiled: no partial output
        return 1
    if args.output or args.check:  # the group keeps them apart from the other views
        target, text = rendered[0]
        return _deliver(text, args, target.spec)
    chunks = []
    for target, text in rendered:
        if len(rendered) > 1:
            text = f"{_COMMENT[view]}==> {target.spec} <==\n{text}"
        chunks.append(text)
    try:
        sys.stdout.write("\n".join(chunks))
        sys.stdout.flush()
    except BrokenPipeError:
        # `autoform-compile ... | head`: the reader has what it wanted. Quiet, as `cat` is.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def _io_error(path: str, exc: Exception) -> int:
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    print(f"autoform-compile: error: {path}: {reason}.", file=sys.stderr)
    return 1


def _deliver(text: str, args: argparse.Namespace, target: str) -> int:
    """Write the generated module (-o), or compare it with a committed copy (--check)."""
    if args.output:
        try:
            Path(args.output).write_text(text, encoding="utf-8")
        except OSError as exc:
            return _io_error(args.output, exc)
        return 0
    try:
        committed = Path(args.check).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return _io_error(args.check, exc)
    if committed == text:
        return 0
    diff = difflib.unified_diff(
        committed.splitlines(keepends=True),
        text.splitlines(keepends=True),
        fromfile=args.check,
        tofile=f"generated from {target}",
    )
    sys.stdout.writelines(diff)
    print(
        f"autoform-compile: {args.check} is stale; regenerate it with "
        f"`autoform-compile {target} -o {args.check}`.",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
