"""What a call run beside others sets in its context, carried back to its caller.

The sequential program runs in one context: what a call sets there (``ContextVar.set``,
``decimal.setcontext``) the code after it sees. A call run beside others runs in a copy of
its caller's context (a task's, a thread's), made where it starts. Where the caller takes
its result, in program order, `carry` sets in the caller's context what the call changed
of that copy: the code after it sees it, as in the sequential program; calls after it in
program order that were started before it ended do not (a helper that sets a context
variable is called in place for that: `analysis.calls.writes_context`).

autoform's own context variables (`own`: a task's turn, rank, caps) are the task's, by
design, and never carried.

Needs: nothing of autoform's (the lowest layer). Produces: `own`, `started`, `carry`.
"""

from __future__ import annotations

import contextvars
from contextvars import Context, ContextVar
from typing import Any, TypeVar

__all__ = ["carry", "own", "started"]

T = TypeVar("T")

_OWN: set[ContextVar[Any]] = set()
_MISSING = object()


def own(var: ContextVar[T]) -> ContextVar[T]:
    """``var``, one of autoform's: never carried from a call's context to its caller's."""
    _OWN.add(var)
    return var


# The context a task's context was copied from, as it was then (`started`).
_BASE: ContextVar[Context | None] = own(ContextVar("autoform_context_base", default=None))


def started() -> Context:
    """A copy of the current context for a call started now, which knows what it was
    copied from (a copy of that too: a context's mapping never changes once copied)."""
    base = contextvars.copy_context()
    context = base.copy()
    context.run(_BASE.set, base)
    return context


def carry(context: Context | None) -> None:
    """Set in the current context what ``context`` (a call's, made by `started`) changed of
    the context it was copied from. (Told by identity: a value set back to the very object
    the variable held then reads as unchanged.)"""
    base = context.get(_BASE) if context is not None else None
    if context is None or base is None:
        return
    for var, value in context.items():
        if var in _OWN or base.get(var, _MISSING) is value:
            continue
        var.set(value)
