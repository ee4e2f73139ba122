"""Loading: generated code becomes a function that behaves like the user's own.

Needs: the emitted `FunctionDef`, the origin of each emitted statement, and the original
function. Produces: an ``async def`` function object that shares the original's globals
(rebinding a global later is seen), closure cells, defaults and metadata, and whose code is
compiled under the user's file name with the user's line numbers, so tracebacks, ``inspect``
and debuggers point at the lines the user wrote.
"""

from __future__ import annotations
import __future__

import ast
import builtins
import functools
import linecache
import types
from collections.abc import Callable, Mapping, Sequence
from typing import Any, cast

import libcst as cst

from .emit import Emitted
from .generated import register as _register_generated
from .ir import Origin, Origins
from .runtime import register_gather
from .source import parse_python
from .syntax.walk import walk

__all__ = ["load"]

_FACTORY = "__autoform_factory__"
# The generated function's name inside the factory: were it the user's, a reference to the
# function's own name in its body (recursion, `f.runs += 1`) would find the factory's local
# (the generated function) instead of the module's global.
_MADE = "__autoform_made__"


def _without_defaults(func: ast.AsyncFunctionDef) -> None:
    # Defaults are the original function's objects, attached after loading; evaluating the
    # expressions again here could fail or give new objects.
    func.args.defaults = []
    func.args.kw_defaults = [None] * len(func.args.kwonlyargs)


def _factory(func: ast.AsyncFunctionDef, params: Sequence[str]) -> ast.Module:
    """``def <factory>(<params>): <func>; return <func>``: the names ``func`` closes over
    are the factory's parameters, so they become its free variables."""
    fields: dict[str, Any] = {"decorator_list": [], "returns": None}
    if "type_params" in ast.FunctionDef._fields:  # Python 3.12+
        fields["type_params"] = []
    factory = ast.FunctionDef(
        name=_FACTORY,
        args=ast.arguments(
            posonlyargs=[],
            args=[ast.arg(arg=n) for n in params],
            kwonlyargs=[],
            kw_defaults=[],
            defaults=[],
        ),
        body=[func, ast.Return(value=ast.Name(id=func.name, ctx=ast.Load()))],
        **fields,
    )
    return ast.fix_missing_locations(ast.Module(body=[factory], type_ignores=[]))


def _place_node(node: ast.AST, o: Origin) -> None:
    node.lineno = o.line  # type: ignore[attr-defined]
    node.end_lineno = o.line  # type: ignore[attr-defined]
    node.col_offset = o.column  # type: ignore[attr-defined]
    node.end_col_offset = o.column  # type: ignore[attr-defined]


def _position(o: Origin) -> dict[str, int]:
    """``o`` as Python's tree places a node: its columns count UTF-8 bytes (an `Origin`'s,
    characters)."""
    column = _bytes(o.filename, o.line, o.column)
    end = _bytes(o.filename, o.end_line, o.end_column) if o.end_line >= o.line else column
    return {
        "lineno": o.line,
        "end_lineno": max(o.end_line, o.line),
        "col_offset": column,
        "end_col_offset": end if o.end_line > o.line else max(end, column),
    }


def _bytes(filename: str, line: int, column: int) -> int:
    """The UTF-8 byte offset of character ``column`` of the file's ``line``."""
    text = linecache.getline(filename, line)
    return column if text.isascii() else len(text[:column].encode())


def _place(
    node: ast.AST, o: Origin, apart: frozenset[int] = frozenset(), only: bool = False
) -> None:
    """Every node of ``node`` at ``o``, but the statements (by id) in ``apart``: a block's
    bodies, placed on their own (their calls are paired by the places they have in the
    generated text: `_calls_in_order`). ``only``: ``node`` alone."""
    position = _position(o)
    stack = [node]
    while stack:
        sub = stack.pop()
        if hasattr(sub, "lineno"):
            for field_name, value in position.items():
                setattr(sub, field_name, value)
        if not only:
            stack += [c for c in ast.iter_child_nodes(sub) if id(c) not in apart]


def _place_call(at: ast.AST, where: Origin, written: tuple[ast.stmt, int, int] | None) -> None:
    """An awaited call (``await prim.acall(args)``, ``_af.acall(helper, args)``) at the
    user's call it stands for; its arguments, each at its own place where they are the
    user's (a failure in one is marked there, as Python marks it)."""
    _place(at, where, only=True)
    call = at.value if isinstance(at, ast.Await) else at
    if not isinstance(call, ast.Call):
        return
    if call is not at:
        _place(call, where, only=True)
    theirs = _call_at(written, where)
    if theirs is None:
        for part in (call.func, *call.args, *call.keywords):
            _place(part, where)
        return
    assert written is not None
    _, lines, columns = written
    # The call that stands for the user's inside runtime wrappers (`_af.ranked(1, call)`):
    # the first that takes the same keywords (its arguments are the user's, aligned from the
    # end: `_af.acall(helper, x)` passes the helper first).
    keywords = {k.arg for k in theirs.keywords}
    for node in ast.walk(call):
        if isinstance(node, ast.Call) and {k.arg for k in node.keywords} == keywords:
            if node is not call:
                _place(call, where)  # (the wrapper, whole, at the call; then its own parts)
                call = node
            break
    given = [*call.args, *call.keywords]
    # (the callee too: `ask(b).nope` of `ask(b).nope()` is marked where it fails)
    _align(call.func, theirs.func, lines, columns)
    mine_args, their_args = call.args, theirs.args
    k = min(len(mine_args), len(their_args))
    pairs: list[tuple[ast.AST, ast.AST]] = list(
        zip(mine_args[len(mine_args) - k :], their_args[len(their_args) - k :], strict=True)
    )
    named = {k.arg: k for k in theirs.keywords if k.arg is not None}
    pairs += [(k, named[k.arg]) for k in call.keywords if k.arg in named]
    # (`**mapping`s, in their order)
    splats = [k for k in theirs.keywords if k.arg is None]
    pairs += list(zip([k for k in call.keywords if k.arg is None], splats, strict=False))
    placed: set[int] = set()
    for mine, their in pairs:
        _align(mine, their, lines, columns)  # (a call inside is placed after, on its own)
        placed.add(id(mine))
    for part in given:
        if id(part) not in placed:
            _place(part, where)


def _call_at(written: tuple[ast.stmt, int, int] | None, where: Origin) -> ast.Call | None:
    """The user's call that starts at ``where`` in the statement ``written``."""
    if written is None:
        return None
    stmt, lines, columns = written
    line = where.line - lines
    column = _bytes(where.filename, where.line, where.column) - columns
    for node in ast.walk(stmt):
        if not isinstance(node, ast.Call | ast.Await):
            continue
        if (node.lineno, node.col_offset) != (line, column):
            continue
        # (`await lm.acall(x)` of an `async def`'s: the call it awaits)
        call = node.value if isinstance(node, ast.Await) else node
        if isinstance(call, ast.Call):
            return call
    return None


# The part of a block's header holding its calls, by field (its body is placed on its own).
_HEADERS = {cst.If: "test", cst.While: "test", cst.For: "iter"}


def _calls_in_order(node: cst.CSTNode, tree: ast.AST) -> list[tuple[cst.CSTNode, ast.AST]]:
    """The calls and awaits of the emitted statement ``node`` (a block's header only),
    paired with the same nodes of Python's tree of it, outer ones first; none when the two
    do not line up. Read before the statement is placed: Python's tree is ordered by the
    positions it has in the generated text."""
    if isinstance(node, cst.BaseCompoundStatement):
        part = _HEADERS.get(type(node))
        if part is None or not hasattr(tree, part):
            return []
        node, tree = getattr(node, part), getattr(tree, part)
    mine = [n for n in walk(node) if isinstance(n, cst.Call | cst.Await)]
    if not mine:
        return []
    theirs = sorted(
        (n for n in ast.walk(tree) if isinstance(n, ast.Call | ast.Await)),
        key=lambda n: (n.lineno, n.col_offset, -(n.end_lineno or 0), -(n.end_col_offset or 0)),
    )
    if [type(n) is cst.Call for n in mine] != [type(n) is ast.Call for n in theirs]:
        return []
    return list(zip(mine, theirs, strict=True))


def _origin_of(made: cst.CSTNode, exact: Any) -> Origin | None:
    """Where ``made`` stands: its own place, or for an ``await``, the call it awaits (the
    first of the user's inside it: ``await _af.ranked(2, ask.acall(q))``)."""
    where = exact(made)
    if where is None and isinstance(made, cst.Await):
        inner = (exact(n) for n in walk(made.expression) if isinstance(n, cst.Call))
        where = next((o for o in inner if o is not None), None)
    return cast("Origin | None", where)


_Pairs = list[tuple[Sequence[cst.BaseStatement], list[ast.stmt]]]


def _suites(node: cst.CSTNode, tree: ast.stmt) -> _Pairs:
    """The bodies of a compound statement, paired with the same bodies in Python's tree."""
    pairs: _Pairs = []

    def body(suite: cst.BaseSuite) -> Sequence[cst.BaseStatement]:
        return suite.body if isinstance(suite, cst.IndentedBlock) else []  # emit indents all

    def orelse(part: cst.If | cst.Else | None, stmts: list[ast.stmt]) -> None:
        if isinstance(part, cst.If):
            pairs.append(([part], stmts))
        elif isinstance(part, cst.Else):
            pairs.append((body(part.body), stmts))

    if isinstance(node, cst.If | cst.For | cst.While) and isinstance(
        tree, ast.If | ast.For | ast.AsyncFor | ast.While
    ):
        pairs.append((body(node.body), tree.body))
        orelse(node.orelse, tree.orelse)
    elif isinstance(node, cst.Try | cst.TryStar) and isinstance(tree, ast.Try | ast.TryStar):
        pairs.append((body(node.body), tree.body))
        for handler, ast_handler in zip(node.handlers, tree.handlers, strict=True):
            assert isinstance(handler, cst.ExceptHandler | cst.ExceptStarHandler)
            pairs.append((body(handler.body), ast_handler.body))
        orelse(node.orelse, tree.orelse)
        if node.finalbody is not None:
            pairs.append((body(node.finalbody.body), tree.finalbody))
    elif isinstance(node, cst.With) and isinstance(tree, ast.With | ast.AsyncWith):
        pairs.append((body(node.body), tree.body))
    elif isinstance(node, cst.Match) and isinstance(tree, ast.Match):
        for case, tcase in zip(node.cases, tree.cases, strict=True):
            pairs.append((body(case.body), tcase.body))
    elif isinstance(node, cst.FunctionDef) and isinstance(
        tree, ast.FunctionDef | ast.AsyncFunctionDef
    ):
        # A loop's per-item coroutine, a chain, a block run beside calls: its own statements
        # point at their own lines. (The user's nested functions are placed whole.)
        pairs.append((body(node.body), tree.body))
    return pairs


def _relocate(
    statements: Sequence[cst.BaseStatement],
    tree: list[ast.stmt],
    origins: Origins,
    default: Origin,
    elif_of: tuple[ast.stmt, int, int] | None = None,
) -> None:
    """Give every node of the generated code the user's position it stands for, walking the
    emitted statements and Python's tree of the same code side by side. ``elif_of``: the
    user's ``elif`` the one statement given stands for (no origin of its own is kept)."""
    flat: list[tuple[cst.CSTNode, cst.BaseStatement]] = []
    for stmt in statements:
        if isinstance(stmt, cst.SimpleStatementLine):
            flat += [(small, stmt) for small in stmt.body]
        else:
            flat.append((stmt, stmt))
    for (node, line), a in zip(flat, tree, strict=True):
        origin = origins.statements.get(line, default)
        calls = _calls_in_order(node, a) if origins.exact is not None else []
        suites = _suites(node, a)
        _place(a, origin, frozenset(id(t) for _, trees in suites for t in trees))
        simple = not isinstance(node, cst.BaseCompoundStatement)
        written = origins.written(origin) if origins.written is not None else None
        if elif_of is not None and line not in origins.statements:
            written = elif_of
        if written is not None and _same_function(a, written[0]):
            # The user's own nested function, as written: each of its nodes at its place.
            _align(a, *written)
            continue
        if written is not None and simple:
            _as_written(a, written)
        elif written is not None:
            _header_as_written(a, written)
        for made, at in calls:  # (outer calls first: an inner one is placed after)
            where = _origin_of(made, origins.exact)
            if where is not None:
                _place_call(at, where, written)
        value = origins.values.get(line)
        if value is not None and isinstance(getattr(a, "value", None), ast.Await):
            _place_call(a.value, value, written)  # type: ignore[attr-defined]  # (its own columns)
        parts = origins.gathers.get(line)
        if parts:  # a gather: each awaitable points at its own call
            call = a.value.value  # type: ignore[attr-defined]  # x = await gather(...)
            for arg, part in zip(call.args, parts, strict=True):
                _place(arg, part)
            # A failure inside it is reported at the gather's line; this names the call's.
            register_gather(origin.filename, origin.line, tuple(p.line for p in parts))
        for inner, inner_tree in suites:
            _relocate(inner, inner_tree, origins, origin, _elif(node, inner, written))


def _same_function(a: ast.stmt, stmt: ast.stmt) -> bool:
    return (
        isinstance(a, ast.FunctionDef | ast.AsyncFunctionDef)
        and type(a) is type(stmt)
        and a.name == stmt.name  # type: ignore[attr-defined]
    )


def _elif(
    node: cst.CSTNode,
    inner: Sequence[cst.BaseStatement],
    written: tuple[ast.stmt, int, int] | None,
) -> tuple[ast.stmt, int, int] | None:
    """The user's ``elif`` an emitted ``elif`` (``inner``, the `_suites` part of ``node``'s
    ``orelse``) stands for."""
    if written is None or len(inner) != 1 or inner[0] is not getattr(node, "orelse", None):
        return None
    stmt, lines, columns = written
    orelse = getattr(stmt, "orelse", None)
    if isinstance(stmt, ast.If) and orelse and len(orelse) == 1 and isinstance(orelse[0], ast.If):
        return orelse[0], lines, columns
    return None


def _as_written(a: ast.stmt, written: tuple[ast.stmt, int, int]) -> None:
    """A statement emitted from the user's: each of its nodes at the place of the user's it
    stands for, so that a failure in it is marked where Python marks it (``prefix`` of
    ``prefix + r``; ``r["k"]`` of ``x = ask(q)["k"]``, its call taken out: ``_lm1["k"]``).
    Its calls are placed after (`_place_call`)."""
    stmt, lines, columns = written
    _align(a, stmt, lines, columns)


# The parts of a block's header, by kind of statement (its bodies are placed on their own).
_HEADER_PARTS = {
    ast.If: ("test",),
    ast.While: ("test",),
    ast.For: ("target", "iter"),
    ast.AsyncFor: ("target", "iter"),
    ast.With: ("items",),
    ast.AsyncWith: ("items",),
    ast.Match: ("subject",),
}


def _header_as_written(a: ast.stmt, written: tuple[ast.stmt, int, int]) -> None:
    """A block emitted from the user's: its header's parts at the places of the user's
    (``_lm1["k"]`` of ``if ask(q)["k"]:``, its call taken out before the block)."""
    stmt, lines, columns = written
    if isinstance(a, ast.Match) and isinstance(stmt, ast.Match) and len(a.cases) == len(stmt.cases):
        for mine, theirs in zip(a.cases, stmt.cases, strict=True):  # (patterns and guards)
            _align(mine.pattern, theirs.pattern, lines, columns)
            if mine.guard is not None and theirs.guard is not None:
                _align(mine.guard, theirs.guard, lines, columns)
    for name in _HEADER_PARTS.get(type(a), ()) if type(a) is type(stmt) else ():
        mine, theirs = getattr(a, name), getattr(stmt, name)
        if isinstance(mine, list) and isinstance(theirs, list) and len(mine) == len(theirs):
            for x, y in zip(mine, theirs, strict=True):
                _align(x, y, lines, columns)
        elif isinstance(mine, ast.AST) and isinstance(theirs, ast.AST):
            _align(mine, theirs, lines, columns)


def _align(mine: ast.AST, theirs: ast.AST, lines: int, columns: int) -> None:
    """``mine`` at the place of ``theirs``, and its parts at their parts', as far as the two
    trees have the same shape: a node of another kind stands for the user's whole (a name
    a call's value was taken into, ``_lm1``), an ``await`` for the call it awaits."""
    if isinstance(mine, ast.Await) and not isinstance(theirs, ast.Await):
        _copy_one(mine, theirs, lines, columns)
        _align(mine.value, theirs, lines, columns)
        return
    if type(mine) is not type(theirs):
        _copy_one(mine, theirs, lines, columns)
        return
    _copy_one(mine, theirs, lines, columns)
    for name, left in ast.iter_fields(mine):
        right = getattr(theirs, name, None)
        if isinstance(left, ast.AST) and isinstance(right, ast.AST):
            _align(left, right, lines, columns)
        elif isinstance(left, list) and isinstance(right, list) and len(left) == len(right):
            for x, y in zip(left, right, strict=True):
                if isinstance(x, ast.AST) and isinstance(y, ast.AST):
                    _align(x, y, lines, columns)


def _copy_one(mine: ast.AST, theirs: ast.AST, lines: int, columns: int) -> None:
    line = getattr(theirs, "lineno", None)
    if line is None or not hasattr(mine, "lineno"):
        return  # (an operator, a comprehension's `for` part: no place of their own)
    vars(mine).update(
        lineno=line + lines,
        end_lineno=(getattr(theirs, "end_lineno", None) or line) + lines,
        col_offset=getattr(theirs, "col_offset", 0) + columns,
        end_col_offset=(getattr(theirs, "end_col_offset", None) or 0) + columns,
    )


def _made_here(generated: ast.AST, user: types.CodeType) -> frozenset[str]:
    """The names of the functions the emitter defined in ``generated`` (the user's own
    nested functions are in ``user``'s code; fresh names never take theirs)."""
    theirs: set[str] = set()
    stack = [user]
    while stack:
        code = stack.pop()
        theirs.add(code.co_name)
        stack += [c for c in code.co_consts if isinstance(c, types.CodeType)]
    return frozenset(
        n.name
        for n in ast.walk(generated)
        if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) and n.name not in theirs
    )


def _renamed(
    code: types.CodeType,
    made: frozenset[str],
    frames: Mapping[str, str],
    qualname: str,
    name: str = "",
) -> types.CodeType:
    """``code`` (of the generated function: ``name`` "") named as the user's function
    (``qualname``), the functions the emitter made in it (``made``) so too, or as the
    comprehension frame they stand for (``frames``); the user's own code nested in them
    under the same names as in the user's function."""
    own = qualname.rpartition(".")[2]
    frame = frames.get(name, "")
    if frame:
        own, qualname = frame, f"{qualname}.<locals>.{frame}"
    consts = []
    for c in code.co_consts:
        if isinstance(c, types.CodeType) and c.co_name in made:
            c = _renamed(c, made, frames, qualname, c.co_name)
        elif isinstance(c, types.CodeType):
            c = _requalified(c, code.co_qualname, qualname)
        consts.append(c)
    return code.replace(co_name=own, co_qualname=qualname, co_consts=tuple(consts))


def _requalified(code: types.CodeType, made: str, theirs: str) -> types.CodeType:
    """The user's ``code``, nested in a function the emitter made (qualified as ``made``,
    which stands for the user's ``theirs``), qualified as it is in the user's function."""
    consts = tuple(
        _requalified(c, made, theirs) if isinstance(c, types.CodeType) else c
        for c in code.co_consts
    )
    qualname = code.co_qualname
    if qualname.startswith(made + "."):
        qualname = theirs + qualname[len(made) :]
    return code.replace(co_qualname=qualname, co_consts=consts)


def load(
    emitted: Emitted,
    source: str,
    def_origin: Origin,
    original: Callable[..., Any],
    runtime_name: str,
    runtime: Any,
) -> Callable[..., Any]:
    """``source`` is ``emitted.func`` as text (rendered once, for ``.source`` too)."""
    fn: Any = original
    while getattr(fn, "source", None) is not None and hasattr(fn, "__wrapped__"):
        fn = fn.__wrapped__  # a function compiled already (a twin of it is made)
    func = emitted.func
    freevars = list(fn.__code__.co_freevars)
    generated = parse_python(source).body[0]
    assert isinstance(generated, ast.AsyncFunctionDef)
    generated.name = _MADE
    # `@_af.hides` (a `def`'s code, run with the event loop hidden): the function made is the
    # generated body's own code, under the user's file and with their defaults; whoever runs
    # it applies the decorator (`api`, reading `__autoform_hides__`).
    hides = bool(generated.decorator_list)
    generated.decorator_list = []
    _without_defaults(generated)
    bound = {runtime_name: runtime}
    if emitted.original is not None:
        bound[emitted.original] = fn  # the entry check's way out: the function as written
    tree = _factory(generated, [*bound, *freevars])
    # The signature: the def line. (The body is placed statement by statement below.)
    for part in (generated.args, generated.returns, *generated.decorator_list):
        if part is not None:
            _place(part, def_origin)
    _place_node(generated, def_origin)
    assert isinstance(func.body, cst.IndentedBlock)
    _relocate(func.body.body, generated.body, emitted.origins, def_origin)
    flags = __future__.annotations.compiler_flag  # annotations stay unevaluated strings
    code = compile(tree, def_origin.filename, "exec", flags=flags, dont_inherit=True)
    namespace: dict[str, Any] = {"__builtins__": builtins, "__name__": fn.__module__}
    exec(code, namespace)
    made = namespace[_FACTORY](*bound.values(), *([None] * len(freevars)))

    cells = []
    user_cells = dict(zip(fn.__code__.co_freevars, fn.__closure__ or (), strict=True))
    for name in made.__code__.co_freevars:
        cells.append(types.CellType(bound[name]) if name in bound else user_cells[name])
    # Tracebacks, printed stacks and log records name the user's function, also in the
    # functions the emitter made of its code (a fanned-out loop's items).
    renamed = _renamed(
        made.__code__,
        _made_here(generated, fn.__code__),
        emitted.origins.frames,
        fn.__code__.co_qualname,
    )
    _register_generated(renamed)
    result = types.FunctionType(renamed, fn.__globals__, fn.__name__, fn.__defaults__, tuple(cells))
    result.__kwdefaults__ = dict(fn.__kwdefaults__) if fn.__kwdefaults__ else None
    functools.update_wrapper(result, fn)  # name, doc, module, qualname, annotations, __wrapped__
    if hides:
        result.__autoform_hides__ = True  # type: ignore[attr-defined]
    return result
