"""Normalise the body into steps, each awaiting at most one primitive call.

Needs: the function's tree and the call annotations (`analysis.calls`).
Produces: a list of `Step`s, one per statement, where every awaitable primitive call stands
alone (``x = lm(...)``, ``lm(...)`` or ``return lm(...)``). A call nested in an expression is
lifted into a temporary just before its statement; an unknown call that Python evaluates
before it is lifted too, so that visible effects keep their order::

    note = f(log(a), lm(b))   ->   _v1 = log(a); _lm1 = lm(b); note = f(_v1, _lm1)

This is the one transform that runs before the dataflow analyses: they work on its steps.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import libcst as cst

from ..analysis.calls import foreign_awaits, name_types
from ..analysis.context import CompileContext
from ..analysis.names import bound_by_target, bound_names, variables
from ..analysis.valuetypes import expr_type
from ..ir import Step
from ..syntax.walk import walk
from .awaits import AWAITING, unawait
from .comprehensions import comprehension_as_loop, is_async_generator, materialized
from .lift import check_header, evaluation_pieces, split

__all__ = ["linearize", "unawait"]


def linearize(
    ctx: CompileContext,
    statements: Sequence[cst.BaseStatement],
    *,
    docstring_allowed: bool = True,
    bound: Iterable[str] = (),
    loops: bool = True,
) -> tuple[cst.BaseExpression | None, list[Step]]:
    """Split a body into steps. Returns (docstring expression or None, steps).

    A compound statement (``if``, a loop, ``try``, ``with``, ``match``) is one step; its
    bodies are compiled on their own when the step is emitted. The call table gains
    entries for the call nodes this transform creates. ``bound``: the names certainly bound
    when the body starts. ``loops``: a comprehension making LM calls becomes the loop it
    stands for (else, in a body whose steps run one after another, it stays as written,
    its calls awaited in it: its own frame, on Python 3.11, as the sequential run's).
    """
    src, calls, namer = ctx.src, ctx.calls, ctx.namer
    local, declared = ctx.local, ctx.scope.declared
    steps: list[Step] = []
    certain = set(bound)
    # Locals this body certainly bound to a builtin value (`out = []`): looking up one of
    # that type's methods (`out.append`) cannot fail.
    held: dict[str, type] = {}

    def known(name: str) -> bool:
        head, _, attr = name.partition(".")
        if head in certain or head in local:
            if not attr:
                return head in certain
            return head in held and "." not in attr and hasattr(held[head], attr)
        if not attr:
            return ctx.resolver.defines(head)
        return ctx.resolver.resolve(name) is not None

    types: list[tuple[Callable[[str], str | None], Callable[[cst.Call], str | None]]] = []

    def type_of(e: cst.BaseExpression) -> str | None:
        """``e``'s type when certain (the function's names typed on first asking)."""
        if not types:
            types.append(name_types(src, calls, ctx.resolver, local))
        return expr_type(e, *types[0])

    docstring: cst.BaseExpression | None = None
    for line_no, line in enumerate(statements):
        if not isinstance(line, cst.SimpleStatementLine):
            if isinstance(line, cst.BaseCompoundStatement):
                check_header(src, line, calls)
            origin, code = src.statement(line)
            # A nested function is a value made in one step; other compound statements are
            # blocks, run in place with their bodies compiled on their own.
            block = not isinstance(line, cst.FunctionDef)
            steps.append(
                Step(index=len(steps), node=line, origin=origin, code=_header(code), inline=block)
            )
            names = bound_names(line)
            if not block:
                certain.update(names)
            for name in names:
                held.pop(name, None)
            continue
        for k, small in enumerate(line.body):
            if isinstance(small, cst.Global | cst.Nonlocal):
                continue  # declarations hold for the whole function: emitted first
            if docstring_allowed and line_no == 0 and k == 0 and _is_docstring(small):
                assert isinstance(small, cst.Expr)
                docstring = small.value
                continue
            origin, code = src.statement(small)
            # `(await f(t) for t in ts)` is an async generator, no list in disguise.
            # One look at what the statement holds decides which rewrites can apply.
            kinds = {type(n) for n in walk(small)}
            if cst.Await in kinds or cst.Call in kinds:
                plain_generators = cst.GeneratorExp not in kinds or not any(
                    is_async_generator(n) for n in walk(small)
                )
                small = unawait(small, calls)
                if plain_generators and cst.GeneratorExp in kinds:
                    # (in a body run in order, the generator expression stays one: its frame)
                    runtime = None if loops else ctx.runtime
                    small = materialized(small, calls, type_of, known, runtime, ctx.runtime)
            first, written = len(steps), small
            leading = tuple(line.leading_lines) if k == 0 else ()
            # `xs = [lm(t) for t in ts]` is the loop it stands for, so that it can fan out
            # like one (analysis.loops decides); the statement then takes the loop's items.
            while loops and (as_loop := comprehension_as_loop(small, calls, src, namer, known)):
                loop, small, frame = as_loop
                for node in loop:
                    above = leading if len(steps) == first else ()
                    made = frame if isinstance(node, cst.For) else ""
                    steps.append(Step(len(steps), node, origin, code, False, above, made))
                    certain.update(_binds(node))  # type: ignore[arg-type]
            # A call may be lifted out of its statement only if nothing Python evaluates
            # there could fail first: a local that might be unbound keeps it in place.
            unsure = any(n in local and n not in certain for n in _reads(small))
            # What an unknown `await` does must come before or after the LM calls beside
            # it exactly as written: the statement awaits everything in place.
            if kinds & AWAITING:
                unsure = unsure or foreign_awaits(small, calls)
            # `:=` binds in the middle of the statement: calls after it may read what it binds.
            unsure = unsure or cst.NamedExpr in kinds
            nodes, inline = split(
                src, small, calls, namer, in_place=unsure, declared=declared, known=known
            )
            certain.update(_binds(small))
            _learn_type(written, held)  # (`xs = [lm(t) for t in ts]`: a list, as a loop too)
            for node in nodes:
                above = leading if len(steps) == first else ()
                steps.append(Step(len(steps), node, origin, code, inline, above))
    return docstring, steps


_DISPLAYS: dict[type[cst.CSTNode], type] = {
    cst.List: list,
    cst.ListComp: list,
    cst.Dict: dict,
    cst.DictComp: dict,
    cst.Set: set,
    cst.SetComp: set,
    cst.SimpleString: str,
    cst.FormattedString: str,
    cst.ConcatenatedString: str,
}


def _learn_type(small: cst.BaseSmallStatement, held: dict[str, type]) -> None:
    """What ``small`` tells of the builtin types of the names it binds."""
    for name in _binds(small):
        held.pop(name, None)
    if isinstance(small, cst.Assign) and len(small.targets) == 1:
        target = small.targets[0].target
        kind = _DISPLAYS.get(type(small.value))
        if isinstance(target, cst.Name) and kind is not None and not _is_bytes(small.value):
            held[target.value] = kind


def _is_bytes(value: cst.BaseExpression) -> bool:
    if isinstance(value, cst.SimpleString):
        return "b" in value.prefix.lower()
    if isinstance(value, cst.ConcatenatedString):
        return _is_bytes(value.left)  # type: ignore[arg-type]
    return False


def _header(code: str) -> str:
    """The first line of a compound statement, for reports: ``if x > 1: ...``."""
    first = code.splitlines()[0] if code else ""
    return first + (" ..." if "\n" in code else "")


def _is_docstring(small: cst.BaseSmallStatement) -> bool:
    return isinstance(small, cst.Expr) and isinstance(
        small.value, cst.SimpleString | cst.ConcatenatedString
    )


def _reads(small: cst.BaseSmallStatement) -> list[str]:
    """Names the statement reads (its targets' objects too, not the names it binds)."""
    pieces: list[cst.CSTNode] = []
    for piece in evaluation_pieces(small):
        if isinstance(small, cst.Assign | cst.AnnAssign) and piece is not small.value:
            pieces += [t for t in walk(piece) if isinstance(t, cst.Attribute | cst.Subscript)]
        else:
            pieces.append(piece)
    return [n.value for p in pieces for n in variables(p)]


def _binds(small: cst.BaseSmallStatement) -> list[str]:
    if isinstance(small, cst.Assign):
        return [n for t in small.targets for n in bound_by_target(t.target)]
    if isinstance(small, cst.AnnAssign) and small.value is not None:
        return bound_by_target(small.target)
    if isinstance(small, cst.Import | cst.ImportFrom):
        return bound_names(small)
    return []
