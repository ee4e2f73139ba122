"""What an LM call reads beyond its arguments: the client ``af.lm_client`` installs.

A ``with af.lm_client(c):`` block in the function keeps its place, and the calls in it run
inside it; one installed any other way (``stack.enter_context(af.lm_client(c))``, or a helper
that does so) changes what every later LM call is sent through. Such a step is a *client
change*: the LM calls after it in program order start after it, and, the client being the
user's own code, read what it may read (module state) from there on.

Needs: a statement's tree and the call annotations (a helper's summary says whether it
changes the client). Produces: whether it changes the client (`changes_client`) and whether
it makes calls the client serves (`uses_client`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import libcst as cst

from ..syntax.walk import children, walk
from .calls import CallInfo, CallKind

__all__ = ["CLIENT_SETTERS", "changes_client", "installs_any", "uses_client"]

# What installs the client LM calls go through, by resolved name (a live function's module
# and qualname, or an import's dotted name).
CLIENT_SETTERS = frozenset({"autoform.lm_client", "autoform.lm.lm_client"})


def changes_client(node: cst.CSTNode, calls: Mapping[cst.Call, CallInfo]) -> bool:
    """Does ``node`` install a client other than for a `with` block of its own? (Not what a
    function or lambda defined in it does when called: the run refuses that, in
    `lm.lm_client`.)"""
    if not installs_any(calls):
        return False
    in_with = {item.item for n in walk(node) if isinstance(n, cst.With) for item in n.items}
    for n in _own(node):
        if not isinstance(n, cst.Call) or (info := calls.get(n)) is None:
            continue
        if info.changes_client or (info.qualname in CLIENT_SETTERS and n not in in_with):
            return True
    return False


def installs_any(calls: Mapping[cst.Call, CallInfo]) -> bool:
    """Does anything in the function install a client (a quick answer for most functions,
    which do not)?"""
    return any(i.changes_client or i.qualname in CLIENT_SETTERS for i in calls.values())


def _own(node: cst.CSTNode) -> Iterator[cst.CSTNode]:
    """``node`` and what it holds, but not the bodies of functions and lambdas in it."""
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        if n is node or not isinstance(n, cst.FunctionDef | cst.Lambda):
            stack += reversed(children(n))


def uses_client(node: cst.CSTNode, calls: Mapping[cst.Call, CallInfo]) -> bool:
    """Does ``node`` make LM calls (autoform's, or through a helper of the user's)?"""
    for n in walk(node):
        info = calls.get(n) if isinstance(n, cst.Call) else None
        if info is None or info.kind is not CallKind.AWAITABLE:
            continue
        if info.helper is not None or (
            info.spec is not None and info.spec.qualname.startswith("autoform.")
        ):
            return True
    return False
