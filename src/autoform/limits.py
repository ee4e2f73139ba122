"""Caps on the LM calls in flight: per program, and for everything run inside a block.

A cap is held for a call's whole duration: taken before the request is sent, given back
when the reply or the failure arrives. Caps stack: a call inside
``with af.limits(max_concurrency=8, per_model={"gpt-5.5": 2}):`` made by a program compiled
with ``max_concurrency=4`` waits for all three. Every call takes its caps in one fixed order,
and no call holds a cap while waiting for anything but another cap, so caps cannot deadlock.

Retries and timeouts stay LiteLLM's (``num_retries``, ``timeout``, a ``litellm.Router``): a
call holds its caps across LiteLLM's retries of it, so a cap bounds requests in flight,
retries included.
"""

from __future__ import annotations

import contextlib
import itertools
import weakref
from collections.abc import AsyncIterator, Iterator, Mapping
from contextvars import ContextVar
from typing import Any

__all__ = ["Cap", "hold", "limits", "using"]

_order = itertools.count()


class Cap:
    """At most ``n`` calls at once (of ``model`` only, when given)."""

    def __init__(self, n: int, model: str | None = None) -> None:
        if n < 1:
            raise ValueError(f"max_concurrency must be at least 1, not {n}")
        self.n = n
        self.model = model
        self.order = next(_order)
        # One semaphore per event loop: asyncio's are bound to the loop that first uses them.
        self._semaphores: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()

    def semaphore(self) -> Any:
        import asyncio

        loop = asyncio.get_running_loop()
        sem = self._semaphores.get(loop)
        if sem is None:
            sem = self._semaphores[loop] = asyncio.Semaphore(self.n)
        return sem

    def applies_to(self, model: str) -> bool:
        return self.model is None or self.model == model

    def __repr__(self) -> str:
        return f"Cap({self.n}{f', model={self.model!r}' if self.model else ''})"


_active: ContextVar[tuple[Cap, ...]] = ContextVar("autoform_caps", default=())


@contextlib.contextmanager
def using(*caps: Cap) -> Iterator[None]:
    """Add ``caps`` for the calls made in this context (and the tasks it starts)."""
    token = _active.set(_active.get() + caps)
    try:
        yield
    finally:
        _active.reset(token)


@contextlib.contextmanager
def limits(
    max_concurrency: int | None = None, per_model: Mapping[str, int] | None = None
) -> Iterator[None]:
    """Cap the LM calls in flight for everything run inside the block, shared by every
    program and nested program started there::

        with af.limits(max_concurrency=16, per_model={"gpt-5.5": 4}):
            answers = await asyncio.gather(*(pipeline(q) for q in questions))
    """
    caps = [Cap(max_concurrency)] if max_concurrency is not None else []
    caps += [Cap(n, model) for model, n in (per_model or {}).items()]
    with using(*caps):
        yield


@contextlib.asynccontextmanager
async def hold(model: str) -> AsyncIterator[None]:
    """Take every cap that applies to a call of ``model``, for the duration of the block."""
    caps = sorted((c for c in _active.get() if c.applies_to(model)), key=lambda c: c.order)
    if not caps:
        yield
        return
    async with contextlib.AsyncExitStack() as stack:
        for cap in caps:
            await stack.enter_async_context(cap.semaphore())
        yield
