"""Output written in turn: ``print(x)`` -> ``await _af.output(print, x)`` (`autoform.turns`).

Every compiled body writes its output so, a helper's twin too: run ahead of its place (a
fanned-out item, a call started early), what it writes is held until its turn comes;
anywhere else it is written at once. The arguments are evaluated where the call stood, in
the same order. Calls in a lambda, a generator expression or a nested function run later,
where no ``await`` may stand, and are left as written (`analysis.output`).
"""

from __future__ import annotations

from typing import TypeVar, cast

import libcst as cst

from ..analysis.calls import CallTable
from ..analysis.output import in_turn

__all__ = ["written_in_turn"]

_N = TypeVar("_N", bound=cst.CSTNode)


class _InTurn(cst.CSTTransformer):
    def __init__(self, calls: CallTable, runtime: str, wrap: set[cst.Call], hold: bool) -> None:
        self.calls = calls
        self.runtime = runtime
        self.wrap = wrap
        self.name = "output" if hold else "output_in_order"

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.BaseExpression:
        if original_node not in self.wrap or _writes_in_turn(updated_node, self.runtime):
            return updated_node
        output = cst.Attribute(cst.Name(self.runtime), cst.Name(self.name))
        args = [cst.Arg(updated_node.func), *updated_node.args]
        call = updated_node.with_changes(func=output, args=args)
        awaited = cst.Await(call, lpar=[cst.LeftParen()], rpar=[cst.RightParen()])
        # Known as what it writes with, at the user's line.
        self.calls.rebuilt(call, original_node)
        self.calls.rebuilt(awaited, original_node)
        return awaited


def _writes_in_turn(call: cst.Call, runtime: str) -> bool:
    """Is ``call`` already ``_af.output(...)`` (or ``_af.output_in_order(...)``)?"""
    func = call.func
    return (
        isinstance(func, cst.Attribute)
        and func.attr.value in ("output", "output_in_order")
        and isinstance(func.value, cst.Name)
        and func.value.value == runtime
    )


def written_in_turn(node: _N, calls: CallTable, runtime: str, hold: bool = True) -> _N:
    """``node`` with each output call it makes where it stands awaited through
    ``_af.output``; an await that is a statement's whole value needs no parentheses.
    ``hold``: False where a failure may be caught (a ``try`` or ``with`` body, a helper's
    in-order twin): ``_af.output_in_order`` never holds what it writes, so that a failure
    of the write is raised where the ``except`` around it takes it."""
    wrap = set(in_turn(node, calls))
    if not wrap:
        return node
    out = node.visit(_InTurn(calls, runtime, wrap, hold))
    value = getattr(out, "value", None)
    if isinstance(out, cst.Expr | cst.Assign | cst.AnnAssign | cst.Return) and isinstance(
        value, cst.Await
    ):
        out = out.with_changes(value=value.with_changes(lpar=[], rpar=[]))
    return cast(_N, out)
