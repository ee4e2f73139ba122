"""``await lm.acall(x)`` written as the plain call it stands for (`unawait`), and the base
of the transforms that keep what rebuilt nodes are known as."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, TypeVar

import libcst as cst

from ..analysis.calls import CallInfo, CallKind, CallTable
from ..syntax.walk import walk

__all__ = ["AWAITING", "Tracked", "unawait"]

N = TypeVar("N", bound=cst.CSTNode)


class Tracked(cst.CSTTransformer):
    """A transform whose rebuilt nodes keep the user's positions (for error messages) and
    what their calls are known as."""

    def __init__(self, calls: CallTable) -> None:
        self.calls = calls

    def on_leave(self, original_node: Any, updated_node: Any) -> Any:
        out = super().on_leave(original_node, updated_node)
        if isinstance(out, cst.CSTNode):
            self.calls.rebuilt(out, original_node)
        return out


class _Unawait(Tracked):
    """``await lm.acall(x)`` -> ``lm(x)``, ``await helper(x)`` -> ``helper(x)`` for an async
    helper: what an ``async def`` awaits at once is the call it stands for, and the later
    stages treat it like the plain call in a ``def``. What is left making an awaitable and not
    awaiting it (``asyncio.gather(lm.acall(a), ...)``) is an unknown call."""

    def leave_Await(self, original_node: cst.Await, updated_node: cst.Await) -> cst.BaseExpression:
        call = updated_node.expression
        info = self.calls.get(call) if isinstance(call, cst.Call) else None
        if info is None or not info.asynchronous:
            return updated_node
        assert isinstance(call, cst.Call)
        if info.helper is None and info.method is None:
            assert isinstance(call.func, cst.Attribute)  # `<primitive>.acall`
            call = call.with_changes(func=call.func.value)
        # `(await x.acall())` needed its parentheses; a call is atomic without them.
        self.calls[call] = replace(info, asynchronous=False)
        return call


AWAITING = frozenset([cst.Await, cst.For, cst.With, cst.CompFor])


def unawait(node: N, calls: CallTable) -> N:
    """``node`` with its awaited primitive and helper calls written as plain calls; ``calls``
    gains entries for the nodes it builds."""
    nodes = list(walk(node))
    out: cst.CSTNode = node
    if any(type(n) is cst.Await for n in nodes):
        visited = node.visit(_Unawait(calls))
        assert isinstance(visited, cst.CSTNode)
        out = visited
    for n in walk(out) if out is not node else nodes:
        if type(n) is cst.Call and (info := calls.get(n)) is not None and info.asynchronous:  # type: ignore[call-overload]
            calls[n] = CallInfo(CallKind.UNKNOWN, info.qualname)  # made, not awaited here
    return out  # type: ignore[return-value]
