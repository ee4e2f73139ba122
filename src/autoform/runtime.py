"""The few helpers generated code calls, under one short alias (``_af``).

``await _af.gather(a, b, ...)``: run awaitables together; return their results in order.
When some fail, raise the failure of the earliest one in argument order, which is program
order: a later failure wins only once every earlier awaitable has succeeded. As soon as the
outcome is decided, the awaitables that no longer matter are cancelled, and every task is
awaited before this returns, so none outlives the call.

``await _af.acall(helper, *args)``: call a helper of the user's through its compiled twin.

``async with _af.tasks() as tasks:``: a scope for calls that run across other statements.
``tasks.start(coro)`` starts one; on leaving the scope by an exception (or a cancellation),
the calls still in flight are cancelled and awaited.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import linecache
import sys
from collections.abc import Awaitable, Callable, Collection, Coroutine
from types import TracebackType
from typing import Any, TypeVar

__all__ = ["SKIP", "TaskScope", "acall", "gather", "shared", "tasks"]

T = TypeVar("T")


async def _cancel_all(pending: Collection[asyncio.Future[Any]]) -> None:
    for f in pending:
        f.cancel()
    if pending:
        # Wait for the cancellations to land so that nothing runs on after we return.
        await asyncio.wait(pending)


# (file, line of a gather in generated code) -> the user's line of each of its awaitables
_GATHER_SITES: dict[tuple[str, int], tuple[int, ...]] = {}


def register_gather(filename: str, line: int, parts: tuple[int, ...]) -> None:
    """Called by the loader: where each awaitable of the gather at ``line`` was written."""
    _GATHER_SITES[(filename, line)] = parts


def _note_failing_call(exc: BaseException, k: int) -> None:
    """The traceback shows the gather's line; name the line of the call that failed."""
    frame = sys._getframe(2)  # the generated function awaiting `gather`
    filename = frame.f_code.co_filename
    parts = _GATHER_SITES.get((filename, frame.f_lineno))
    if parts is None or k >= len(parts) or parts[k] == frame.f_lineno:
        return
    code = linecache.getline(filename, parts[k]).strip()
    note = f'The call that failed: File "{filename}", line {parts[k]}: {code}'
    if note not in getattr(exc, "__notes__", ()):
        exc.add_note(note)


async def gather(*aws: Awaitable[Any]) -> list[Any]:
    futures = [asyncio.ensure_future(a) for a in aws]
    n = len(futures)
    if not n:
        return []
    decided: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    # Linear in the number of awaitables (a fan-out may pass 10,000): one callback each, a
    # pointer past the leading ones that are done, the earliest failure seen so far.
    state = {"prefix": 0, "first": n, "cancelled_from": n}

    def failed(f: asyncio.Future[Any]) -> bool:
        return f.cancelled() or f.exception() is not None

    def on_done(k: int, f: asyncio.Future[Any]) -> None:
        if failed(f) and k < state["first"]:
            state["first"] = k
            # Later awaitables cannot change the outcome any more: cancel them now.
            for later in futures[k + 1 : state["cancelled_from"]]:
                later.cancel()
            state["cancelled_from"] = k + 1
        while state["prefix"] < n and futures[state["prefix"]].done():
            state["prefix"] += 1
        # Decided once everything before the earliest failure is done (or all is).
        if state["prefix"] >= min(state["first"], n) and not decided.done():
            decided.set_result(None)

    for k, f in enumerate(futures):
        f.add_done_callback(functools.partial(on_done, k))
    try:
        await decided
        await _cancel_all([f for f in futures if not f.done()])  # the ones cancelled above
        first = state["first"]
        if first < n:
            f = futures[first]
            if not f.cancelled():
                _note_failing_call(f.exception(), first)  # type: ignore[arg-type]
            return f.result()  # raises the earliest failure (or CancelledError)
        return [f.result() for f in futures]
    except BaseException:
        # Cancelled from outside (a timeout, Ctrl-C): take every call down with us.
        await _cancel_all([f for f in futures if not f.done()])
        raise
    finally:
        for f in futures:
            if f.done() and not f.cancelled():
                f.exception()  # mark retrieved: no "exception was never retrieved" noise


class _Skip:
    """What an item of a fanned-out loop returns when its ``if`` kept it out."""

    def __repr__(self) -> str:
        return "autoform.runtime.SKIP"


SKIP = _Skip()


class TaskScope:
    """Calls started early and awaited where their results are needed."""

    def __init__(self) -> None:
        self._tasks: list[asyncio.Task[Any]] = []

    def start(self, coro: Coroutine[Any, Any, T]) -> asyncio.Task[T]:
        task = asyncio.ensure_future(coro)
        self._tasks.append(task)
        return task

    async def __aenter__(self) -> TaskScope:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        running = {t for t in self._tasks if not t.done()}
        if exc is not None or running:
            # Leaving early (an error, a return before a call was awaited): the calls still
            # in flight no longer matter.
            try:
                await _cancel_all(running)
            finally:
                for t in self._tasks:
                    if t.done() and not t.cancelled():
                        t.exception()


def tasks() -> TaskScope:
    return TaskScope()


def shared(task: asyncio.Task[T]) -> Awaitable[T]:
    """``task``, awaited by a chain while the body awaits it too: cancelling the chain (a
    failure earlier in program order decided the outcome) must not cancel the task, whose
    own result or failure the body still takes in program order."""
    return asyncio.shield(task)


async def acall(fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
    """Call a helper of the user's through its compiled, concurrent twin. The name is looked
    up when the call runs: what it is bound to then (a test's mock, a function patched in
    after compiling) is compiled in turn, or, if it cannot be, called as it is."""
    from .api import concurrent
    from .errors import CompileError

    try:
        made = concurrent(fn)
    except CompileError:
        result = fn(*args, **kwargs)
        return await result if inspect.isawaitable(result) else result
    return await made(*args, **kwargs)
