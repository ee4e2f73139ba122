"""Ranks under a cap in the generated code (`schedule.ranks` says which).

Needs: a step's rank and its awaitable. Produces: ``_af.ranked(r, <awaitable>)``, or the
awaitable as it is for a rank of 0. `Around` carries, from a body to the bodies compiled
inside it, what their ranks stand on.
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass

import libcst as cst

from ..syntax.layout import fitted, flattened

__all__ = ["Around", "around", "ranked"]


@dataclass(frozen=True)
class Around:
    """What holds around a body for ranking its calls: does it run ``beside`` other calls of
    the program (a loop's items, a block run as a task), and the ``rank`` its calls add that
    no wrapper gives (a block run in place: there is no awaitable to wrap)."""

    beside: bool = False
    rank: int = 0


# A body compiled inside another is told through this: the compiler's stages between the
# emitter and the nested emitter (`compiler.compile_body`) have no part in it.
around: ContextVar[Around] = ContextVar("autoform_emit_around", default=Around())  # noqa: B039 (frozen)


def ranked(
    runtime: str, rank: int, aw: cst.BaseExpression, room: int | None = None
) -> cst.BaseExpression:
    """``_af.ranked(rank, aw)``; ``aw`` itself for a rank of 0. Longer than ``room``
    columns, it is broken as a formatter would: the arguments on a line of their own."""
    if not rank:
        return aw
    func = cst.Attribute(cst.Name(runtime), cst.Name("ranked"))
    number = cst.Integer(str(rank))
    flat = cst.Call(func, [cst.Arg(number), cst.Arg(flattened(aw))])
    if room is None or len(cst.Module([]).code_for_node(flat)) <= room:
        return flat
    inner = fitted(aw, room - 4 - len(number.value) - 2)
    return cst.Call(
        func,
        [
            cst.Arg(number, comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))),
            cst.Arg(inner, whitespace_after_arg=_newline("")),
        ],
        whitespace_before_args=_newline("    "),
    )


def _newline(indent: str) -> cst.ParenthesizedWhitespace:
    return cst.ParenthesizedWhitespace(
        first_line=cst.TrailingWhitespace(), indent=True, last_line=cst.SimpleWhitespace(indent)
    )
