"""Running a coroutine to completion from synchronous code: `run_sync`.

Outside an event loop, the coroutine runs on this thread's loop, one per thread, kept open:
LiteLLM pools connections per loop, so they are reused from call to call. Inside a running
loop (a Jupyter cell, an ``async def``) this thread's loop is busy and cannot be re-entered:
the coroutine runs on a worker thread's loop instead, in a copy of the caller's context
(``af.lm_client``, ``af.limits``, ``af.timeline`` hold there too), and the caller waits.
Interrupting the caller (Ctrl-C, Jupyter's stop button) cancels the coroutine.
"""

from __future__ import annotations

import contextlib
import contextvars
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

__all__ = ["run_sync"]

R = TypeVar("R")

_local = threading.local()
_pool: Any = None
_pool_lock = threading.Lock()
# Each worker keeps its loop; a synchronous call made from a coroutine on a worker's loop
# takes another worker, so only nesting this deep could wait for itself.
_WORKERS = 32
# How long a waiting caller may go without looking for an interrupt, in seconds.
_SLICE = 0.05


def run_sync(coro: Coroutine[Any, Any, R]) -> R:
    """Run ``coro`` to completion and return its result (or raise its exception)."""
    import asyncio

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        pass
    else:
        return _run_on_worker(coro)
    # The caller's context, not the one the loop saw first: `af.lm_client` is a context
    # variable, and the block it is set in must hold for this run.
    return _run_here(_settled(coro), contextvars.copy_context())


def _run_here(coro: Coroutine[Any, Any, R], context: contextvars.Context) -> R:
    import asyncio

    runner = getattr(_local, "runner", None)
    if runner is None:
        runner = asyncio.Runner()
        _local.runner = runner
    return runner.run(coro, context=context)


async def _settled(coro: Coroutine[Any, Any, R]) -> R:
    """``coro``, then LiteLLM's logging worker stopped on this thread's loop: the loop stays
    open between runs, and a worker task LiteLLM abandons there when another loop calls
    would be reported destroyed (see `lm.settle`). (A worker thread's run is left alone:
    stopping LiteLLM's one worker from there could hold up an interrupt.)"""
    from .lm import settle

    try:
        return await coro
    finally:
        await settle()


def _workers() -> Any:
    global _pool
    with _pool_lock:
        if _pool is None:
            from concurrent.futures import ThreadPoolExecutor

            _pool = ThreadPoolExecutor(_WORKERS, thread_name_prefix="autoform-run-sync")
        return _pool


def _run_on_worker(coro: Coroutine[Any, Any, R]) -> R:
    import asyncio
    from concurrent.futures import Future, wait

    where: list[tuple[asyncio.AbstractEventLoop, asyncio.Task[Any]]] = []

    async def watched() -> R:
        task = asyncio.current_task()
        assert task is not None
        where.append((asyncio.get_running_loop(), task))
        return await coro

    outer = watched()
    context = contextvars.copy_context()
    # Our own future, made before submitting: an interrupt can land inside `submit` (while
    # it starts a thread), after the work was queued, and must still be able to stop it.
    done: Future[R] = Future()

    def work() -> None:
        if not done.set_running_or_notify_cancel():
            return  # stopped before it began
        try:
            done.set_result(_run_here(outer, context))
        except BaseException as exc:
            done.set_exception(exc)

    try:
        _workers().submit(work)
        # Waited for in slices: a Ctrl-C the kernel delivers to another of the process's
        # threads only sets a flag, which this thread reads between slices; one long wait
        # would not see it until the run ended on its own.
        while not wait([done], timeout=_SLICE).done:
            pass
        return done.result()
    except BaseException:
        if not done.done():
            _stop(done, where, outer, coro)
        raise


def _stop(done: Any, where: list[Any], outer: Coroutine[Any, Any, Any], coro: Any) -> None:
    """The caller was interrupted while waiting: stop the run, and wait for it to wind
    down, so that nothing of it goes on behind the caller's back."""
    import time

    if done.cancel():  # it had not begun, and now never will
        outer.close()
        coro.close()
        return
    while not where and not done.done():
        time.sleep(0.001)  # begun: its task is about to be known
    if where:
        loop, task = where[0]
        while not done.done():
            # Asked again while it runs on: code in the run may swallow one cancellation.
            try:
                loop.call_soon_threadsafe(task.cancel)
            except RuntimeError:  # its loop is closed: the run is over
                break
            with contextlib.suppress(BaseException):
                done.result(timeout=0.5)
    with contextlib.suppress(BaseException):  # the caller's interruption is what it sees
        done.result()
