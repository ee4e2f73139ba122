"""Getting a function's source as a libcst tree, with the way back to the user's file.

Needs: a function object (the decorator path) or a file and a name (the CLI path).
Produces: a `FunctionSource`: the parsed `FunctionDef` (decorators kept, the emitter drops
them), its module, and `origin(node)`, which maps any node of that tree to the user's
file:line:col.
"""

from __future__ import annotations

import ast
import functools
import inspect
import linecache
import textwrap
import types
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import libcst as cst
from libcst.metadata import CodeRange, MetadataWrapper, PositionProvider

from .errors import CompileError
from .ir import Origin
from .syntax.walk import walk

__all__ = [
    "FunctionSource",
    "from_file",
    "from_function",
    "iter_functions",
    "module_tree",
    "parse_file",
    "parse_python",
    "read_source",
]


@dataclass(eq=False)
class FunctionSource:
    filename: str
    func: cst.FunctionDef
    module: cst.Module  # the tree `func` lives in (a snippet, or the whole file for the CLI)
    line_offset: int  # add to a snippet line to get the file line
    col_offset: int  # the indentation that dedenting removed
    text: str = ""  # the source `module` was parsed from
    _positions: Any = field(default=None, repr=False)
    _statements: dict[cst.CSTNode, tuple[Origin, str]] | None = field(default=None, repr=False)
    _calls: dict[cst.CSTNode, Origin] = field(default_factory=dict, repr=False)  # (with them)
    # (and Python's tree of each statement, by where it starts in the file)
    _written: dict[tuple[int, int], ast.stmt] = field(default_factory=dict, repr=False)
    # nodes the compiler rebuilt -> the user's nodes they stand for
    _stands_for: dict[cst.CSTNode, cst.CSTNode] = field(default_factory=dict, repr=False)
    owner: str = ""  # the class a method is defined in (`autoform-compile FILE:Class.method`)

    @property
    def name(self) -> str:
        return self.func.name.value

    @property
    def target(self) -> str:
        """How the command line names it: ``run``, or ``Researcher.run`` for a method."""
        return f"{self.owner}.{self.name}" if self.owner else self.name

    def origin(self, node: cst.CSTNode) -> Origin:
        """Where ``node`` (a node of ``self.module``) stands in the user's file."""
        if self._positions is None:
            wrapper = MetadataWrapper(self.module, unsafe_skip_copy=True)
            self._positions = wrapper.resolve(PositionProvider)
        rng: CodeRange | None = self._positions.get(self._stands_for.get(node, node))
        if rng is None:
            # A node the compiler made (`return v` for a fanned-out loop's `out.append(v)`):
            # where the first of the user's nodes inside it stands, else the function.
            inner = (self._positions.get(self._stands_for.get(n, n)) for n in walk(node))
            rng = next((r for r in inner if r is not None), self._positions[self.func])
        return Origin(
            filename=self.filename,
            line=rng.start.line + self.line_offset,
            column=rng.start.column + self.col_offset,
            function=self.name,
            end_line=rng.end.line + self.line_offset,
            end_column=rng.end.column + self.col_offset,
        )

    def _statement_table(self) -> dict[cst.CSTNode, tuple[Origin, str]]:
        # Python's own parser gives statement positions far faster than libcst's metadata;
        # the bodies list the same statements in the same order, at every depth.
        if self._statements is None:
            text = self.text or _module_text(self.module)
            lines = text.splitlines()
            tree = module_tree(text)
            scope: list[ast.stmt] = tree.body
            if self.owner:
                owners = [n for n in scope if isinstance(n, ast.ClassDef) and n.name == self.owner]
                scope = owners[-1].body if owners else []
            funcs = [
                n
                for n in scope
                if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and n.name == self.name
            ]
            table: dict[cst.CSTNode, tuple[Origin, str]] = {}
            calls: dict[cst.CSTNode, Origin] = {}
            if funcs:
                for node, stmt in _paired(self.func.body, funcs[-1].body):
                    table[node] = self._from_ast(stmt, lines)
                    where = table[node][0]
                    self._written[(where.line, where.column)] = stmt
                table[self.func] = self._from_ast(funcs[-1], lines)
                # The calls too, in the order they are written (both trees list them so).
                mine = [n for n in walk(self.func.body) if type(n) is cst.Call]
                theirs = sorted(
                    (n for b in funcs[-1].body for n in ast.walk(b) if type(n) is ast.Call),
                    key=_written_order,
                )
                if len(mine) == len(theirs):
                    calls = {
                        c: self._from_ast(t, lines)[0] for c, t in zip(mine, theirs, strict=True)
                    }
                # An `await` of the user's (an `async def`'s `await lm.acall(x)`, which stands
                # for the plain call): a failure of it is marked from the `await` on.
                awaits = [n for n in walk(self.func.body) if type(n) is cst.Await]
                awaited = sorted(
                    (n for b in funcs[-1].body for n in ast.walk(b) if type(n) is ast.Await),
                    key=_written_order,
                )
                if len(awaits) == len(awaited):
                    calls.update(
                        (a, self._from_ast(t, lines)[0])
                        for a, t in zip(awaits, awaited, strict=True)
                    )
            self._statements = table
            self._calls = calls
        return self._statements

    def _from_ast(self, node: ast.stmt | ast.expr, lines: list[str]) -> tuple[Origin, str]:
        def chars(line: int, col: int) -> int:  # ast columns count UTF-8 bytes
            return len(lines[line - 1].encode()[:col].decode(errors="ignore"))

        end_line = node.end_lineno or node.lineno
        start = chars(node.lineno, node.col_offset)
        end = chars(end_line, node.end_col_offset or 0)
        if end_line == node.lineno:
            code = lines[node.lineno - 1][start:end]
        else:
            middle = lines[node.lineno : end_line - 1]
            code = "\n".join([lines[node.lineno - 1][start:], *middle, lines[end_line - 1][:end]])
        origin = Origin(
            filename=self.filename,
            line=node.lineno + self.line_offset,
            column=start + self.col_offset,
            function=self.name,
            end_line=end_line + self.line_offset,
            end_column=end + self.col_offset,
        )
        return origin, code

    def exact_origin(self, node: cst.CSTNode) -> Origin | None:
        """Where ``node`` stands in the user's file, if it is one of the user's calls (or
        stands for one): None for a node the compiler made. (From Python's parser, as the
        statements: libcst's positions cost a walk of the whole module.)"""
        self._statement_table()
        return self._calls.get(self._stands_for.get(node, node))

    def written_statement(self, where: Origin) -> tuple[ast.stmt, int, int] | None:
        """Python's tree of the user's statement that starts at ``where`` (a statement of the
        function's, at any depth), with what to add to its lines and columns to get the
        file's; None if none starts there."""
        self._statement_table()
        stmt = self._written.get((where.line, where.column))
        return None if stmt is None else (stmt, self.line_offset, self.col_offset)

    def statement(self, small: cst.CSTNode) -> tuple[Origin, str]:
        """(origin, source text) of a statement directly in the function's body."""
        found = self._statement_table().get(small)
        return found if found is not None else (self.origin(small), self.code(small))

    def def_origin(self) -> Origin:
        """Where the ``def`` line is (after any decorators)."""
        found = self._statement_table().get(self.func)
        if found is None:
            return self.origin(self.func.name)
        o = found[0]
        return Origin(o.filename, o.line, o.column, o.function, o.line, o.column)

    def rebuilt(self, new: cst.CSTNode, old: cst.CSTNode) -> None:
        """``new``, made from ``old`` by a transform, stands where ``old`` stands."""
        if new is not old:
            self._stands_for[new] = self._stands_for.get(old, old)

    def written_as(self, node: cst.CSTNode) -> cst.CSTNode:
        """The user's node ``node`` was made from (`rebuilt`), or ``node`` itself."""
        return self._stands_for.get(node, node)

    def error(self, node: cst.CSTNode, message: str, *, construct: str = "", hint: str = ""):
        """A `CompileError` pointing at ``node``."""
        where = self.origin(node)
        return CompileError(
            message,
            filename=where.filename,
            line=where.line,
            column=where.column,
            construct=construct,
            hint=hint,
        )

    def code(self, node: cst.CSTNode) -> str:
        return self.module.code_for_node(node).strip()


def _written_order(node: ast.expr) -> tuple[int, int, int, int]:
    """Where ``node`` starts, an outer node before one starting there inside it."""
    return (node.lineno, node.col_offset, -(node.end_lineno or 0), -(node.end_col_offset or 0))


def _where(fn: Any) -> dict[str, Any]:
    """Where a function is defined, for an error about it (its module when not known)."""
    fn = inspect.unwrap(fn) if callable(fn) else fn
    code = getattr(fn, "__code__", None)
    if isinstance(code, types.CodeType):
        return {"filename": code.co_filename, "line": code.co_firstlineno}
    return {"filename": getattr(fn, "__module__", None) or "<unknown>"}


def from_function(fn: Callable[..., Any]) -> FunctionSource:
    """The source of a Python function, as written in its file."""
    name = getattr(fn, "__qualname__", repr(fn))
    code = getattr(fn, "__code__", None)
    if isinstance(fn, functools.partial):
        inner = getattr(fn.func, "__qualname__", repr(fn.func))
        raise CompileError(
            f"functools.partial({inner}, ...) cannot be compiled: it is not a function "
            "with source of its own.",
            **_where(fn.func),
            construct="functools.partial",
            hint=f"Compile `{inner}` itself (`af.concurrent({inner})`) and pass the "
            "arguments when you call it, or write a `def` that calls it with them.",
        )
    if code is None or not isinstance(fn, types.FunctionType):
        wrapped = getattr(fn, "__wrapped__", None)
        if wrapped is not None:  # `@functools.cache` and other decorators' results
            raise CompileError(
                f"{name} is wrapped by a decorator: compiling the function inside would "
                "leave out what the decorator adds.",
                **_where(wrapped),
                construct="decorated function",
                hint="Put @af.concurrent under the decorator (nearest the `def`), so the "
                "decorator wraps the compiled function.",
            )
        raise CompileError(
            f"{name} is not a Python function, so it has no source to compile.",
            **_where(type(fn).__call__ if callable(fn) else fn),
            construct="function",
        )
    filename = code.co_filename
    if code.co_name == "<lambda>":
        raise CompileError(
            "a lambda cannot be compiled; write it as a `def`.",
            filename=filename,
            line=code.co_firstlineno,
            construct="lambda",
        )
    try:
        lines, first_line = _source_lines(fn)
    except (OSError, TypeError) as exc:
        raise CompileError(
            f"the source of {name} is not available ({exc}); autoform needs the function's "
            "source file (functions typed into a REPL or made with exec have none).",
            filename=filename,
            line=code.co_firstlineno,
            construct="function",
        ) from None
    text = "".join(lines)
    dedented = textwrap.dedent(text)
    first = lines[0] if lines else ""
    col_offset = len(first) - len(first.lstrip()) if dedented != text else 0
    try:
        module = cst.parse_module(dedented)
    except cst.ParserSyntaxError as exc:
        raise CompileError(
            f"cannot parse the source of {name}: {exc.message}",
            filename=filename,
            line=first_line - 1 + exc.raw_line,
            column=exc.raw_column,
            construct="syntax",
        ) from None
    func = next((s for s in module.body if isinstance(s, cst.FunctionDef)), None)
    if func is None or func.name.value != code.co_name:
        raise CompileError(
            f"could not find `def {code.co_name}` in the source of {name}.",
            filename=filename,
            line=first_line,
            construct="function",
        )
    return FunctionSource(filename, func, module, first_line - 1, col_offset, text=dedented)


@functools.lru_cache(maxsize=8)
def _module_text(module: cst.Module) -> str:
    """A parsed file's text, rendered once however many of its functions are compiled."""
    return module.code


_TREES: dict[str, tuple[list[str], ast.Module]] = {}  # a few recent files' syntax trees
_TREES_KEPT = 16


def _source_lines(fn: Any) -> tuple[list[str], int]:
    """Like `inspect.getsourcelines`, but finds the end with Python's parser (cached per
    file) instead of re-tokenizing the file, which is most of the cost of compiling."""
    code = fn.__code__
    lines = linecache.getlines(code.co_filename, fn.__globals__)
    if not lines:
        return inspect.getsourcelines(fn)
    cached = _TREES.get(code.co_filename)
    if cached is None or cached[0] is not lines:
        try:
            cached = (lines, module_tree("".join(lines)))
        except SyntaxError:
            return inspect.getsourcelines(fn)
        _TREES[code.co_filename] = cached
        while len(_TREES) > _TREES_KEPT:
            del _TREES[next(iter(_TREES))]
    for node in ast.walk(cached[1]):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == code.co_name:
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            if first == code.co_firstlineno and node.end_lineno is not None:
                return lines[first - 1 : node.end_lineno], first
    return inspect.getsourcelines(fn)


def read_source(path: str | Path) -> str:
    """A source file's text, decoded as Python decodes it: by its coding declaration
    (PEP 263) or byte-order mark, else UTF-8."""
    import tokenize

    with tokenize.open(path) as file:
        return file.read()


def parse_file(path: str | Path) -> cst.Module:
    """Parse a whole file; syntax errors become a `CompileError` naming the place."""
    try:
        text = read_source(path)
    except FileNotFoundError:
        raise CompileError("no such file.", filename=str(path), construct="file") from None
    except (OSError, UnicodeDecodeError, SyntaxError) as exc:
        # SyntaxError: a coding declaration naming an encoding Python does not know
        reason = exc.msg if isinstance(exc, SyntaxError) else str(exc)
        raise CompileError(f"cannot read the file: {reason}", filename=str(path)) from None
    try:
        return cst.parse_module(text)
    except cst.ParserSyntaxError as exc:
        line, column, message = exc.raw_line, exc.raw_column, exc.message
        try:  # Python's own parser words syntax errors the way users know them
            compile(text, str(path), "exec", dont_inherit=True)
        except SyntaxError as py:
            line, column, message = py.lineno or line, max((py.offset or 1) - 1, 0), py.msg
        raise CompileError(
            f"syntax error: {message}",
            filename=str(path),
            line=line,
            column=column,
            construct="syntax",
        ) from None


def _method(path: str | Path, module: cst.Module, owner: str, name: str) -> FunctionSource:
    classes = [s for s in module.body if isinstance(s, cst.ClassDef)]
    for cls in classes:
        if cls.name.value != owner:
            continue
        methods = [s for s in cls.body.body if isinstance(s, cst.FunctionDef)]
        for func in methods:
            if func.name.value == name:
                return FunctionSource(str(path), func, module, 0, 0, owner=owner)
        found = ", ".join(f.name.value for f in methods) or "none"
        raise CompileError(
            f"class `{owner}` has no method `{name}` (methods: {found}).",
            filename=str(path),
            line=1,
            construct="method",
        )
    found = ", ".join(c.name.value for c in classes) or "none"
    raise CompileError(
        f"no module-level class named `{owner}` (classes here: {found}).",
        filename=str(path),
        line=1,
        construct="class",
    )


def _flat(suite: cst.BaseSuite | Sequence[cst.BaseStatement]) -> list[cst.CSTNode]:
    """A suite's statements as Python's parser lists them (each small statement apart)."""
    lines = suite if isinstance(suite, Sequence) else suite.body
    return [
        small
        for line in lines
        for small in (line.body if isinstance(line, cst.SimpleStatementLine) else (line,))
    ]


def _suites(
    node: cst.CSTNode, stmt: ast.stmt
) -> Iterator[tuple[cst.BaseSuite | Sequence[cst.BaseStatement], list[ast.stmt]]]:
    """The bodies under a compound statement, each with its counterpart in Python's tree."""

    def orelse(
        c: cst.If | cst.Else | None,
    ) -> cst.BaseSuite | Sequence[cst.BaseStatement]:
        if c is None:
            return ()
        return (c,) if isinstance(c, cst.If) else c.body

    # (the caller has checked that ``node`` and ``stmt`` are the same kind of statement)
    def of(field: str) -> list[ast.stmt]:
        return getattr(stmt, field, [])

    if isinstance(node, cst.If | cst.For | cst.While):
        yield node.body, of("body")
        yield orelse(node.orelse), of("orelse")
    elif isinstance(node, cst.Try | cst.TryStar):
        yield node.body, of("body")
        handlers: list[ast.ExceptHandler] = getattr(stmt, "handlers", [])
        caught: Sequence[cst.ExceptHandler | cst.ExceptStarHandler] = node.handlers
        if len(caught) == len(handlers):
            for c, a in zip(caught, handlers, strict=True):
                yield c.body, a.body
        yield orelse(node.orelse), of("orelse")
        yield (node.finalbody.body if node.finalbody else ()), of("finalbody")
    elif isinstance(node, cst.With):
        yield node.body, of("body")
    elif isinstance(node, cst.Match) and len(node.cases) == len(cases := of("cases")):
        for case, a_case in zip(node.cases, cases, strict=True):
            yield case.body, a_case.body  # type: ignore[attr-defined]


def _paired(
    suite: cst.BaseSuite | Sequence[cst.BaseStatement], body: list[ast.stmt]
) -> Iterator[tuple[cst.CSTNode, ast.stmt]]:
    """Each statement of ``suite``, at every depth, with Python's node for it. A body whose
    statements do not line up (which should not happen) is left out, with what is under it."""
    flat = _flat(suite)
    if len(flat) != len(body):
        return
    for node, stmt in zip(flat, body, strict=True):
        if type(node).__name__ != type(stmt).__name__.removeprefix("Async"):
            continue
        if not getattr(node, "decorators", ()):  # a decorated def starts at its decorator
            yield node, stmt
        for sub, sub_body in _suites(node, stmt):
            yield from _paired(sub, sub_body)


@functools.lru_cache(maxsize=64)
def module_tree(text: str) -> ast.Module:
    """`parse_python` of a module's whole text, shared by every stage that reads it (the
    tree is not to be changed)."""
    return parse_python(text)


def parse_python(text: str) -> ast.Module:
    """``ast.parse(text)``. CPython 3.11 keeps the depth of the tree it is converting in state
    all threads share, and a parse on another thread at the same time (a library importing,
    LiteLLM's background load) can make one fail with ``SystemError: AST constructor
    recursion depth mismatch``: the parse is then made again."""
    for _ in range(3):
        try:
            return ast.parse(text)
        except SystemError as exc:
            if "recursion depth mismatch" not in str(exc):
                raise
    return ast.parse(text)


def iter_functions(module: cst.Module) -> Iterator[cst.FunctionDef]:
    """The module-level function definitions, in file order."""
    for stmt in module.body:
        if isinstance(stmt, cst.FunctionDef):
            yield stmt


def from_file(path: str | Path, name: str, module: cst.Module | None = None) -> FunctionSource:
    """The source of the module-level function ``name`` in the file at ``path``, or of the
    method ``Class.method`` of a module-level class."""
    module = module if module is not None else parse_file(path)
    owner, _, method = name.rpartition(".")
    if owner:
        return _method(path, module, owner, method)
    for func in iter_functions(module):
        if func.name.value == name:
            return FunctionSource(str(path), func, module, 0, 0)
    found = ", ".join(f.name.value for f in iter_functions(module)) or "none"
    raise CompileError(
        f"no module-level function named `{name}` (functions here: {found}).",
        filename=str(path),
        line=1,
        construct="function",
    )
