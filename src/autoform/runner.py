"""Running a coroutine to completion from synchronous code: `run_sync`, safe from any thread.

Every synchronous run goes to one event loop autoform keeps for the process, on a thread of
its own, in a copy of the caller's context (``af.lm_client``, ``af.limits``, ``af.timeline``
hold there too); the caller waits. One loop because LiteLLM keeps process-wide state bound to
the loop that called it last (its logging worker): runs on several loops at once, as a web
server's worker threads would make, pull it from loop to loop and break it. One loop also
pools LiteLLM's connections for every thread, from call to call. The same holds inside a
running loop (a Jupyter cell, an ``async def``), whose thread is busy and cannot be
re-entered. Only a synchronous call made from inside a run (the process loop's thread is then
the one waiting) runs on a worker thread's loop instead.

Interrupting the caller (Ctrl-C, Jupyter's stop button) cancels its run.
"""

from __future__ import annotations

import atexit
import contextlib
import contextvars
import functools
import os
import sys
import threading
from collections.abc import Callable, Coroutine
from concurrent.futures import Future
from typing import Any, TypeVar, cast

from .contexts import carry, started
from .errors import CompileError
from .generated import caller, is_generated

__all__ = ["run_sync", "stop_refused"]

R = TypeVar("R")

_local = threading.local()
_pool: Any = None
_lock = threading.Lock()
# Each worker keeps its loop; a synchronous call made from a coroutine on a worker's loop
# takes another worker, so only nesting this deep could wait for itself.
_WORKERS = 32
# How long a waiting caller may go without looking for an interrupt, in seconds.
_SLICE = 0.05


def run_sync(coro: Coroutine[Any, Any, R]) -> R:
    """Run ``coro`` to completion and return its result (or raise its exception)."""
    # The caller's context, not the one the loop saw first: `af.lm_client` is a context
    # variable, and the block it is set in must hold for this run. What the run sets there
    # is then set in the caller's, as a call in place would have (`contexts.carry`).
    context = started()
    try:
        if getattr(_local, "nested", False):  # the process loop waits for this thread
            return _wait(coro, context, _on_worker, _as_is)
        return _wait(coro, context, _on_process_loop, _settled)
    except RuntimeError as exc:
        stop = _escaped(exc)
        if stop is None:
            raise
        raise stop from None
    finally:
        carry(context)


def _escaped(exc: RuntimeError) -> StopIteration | None:
    """The StopIteration Python turned into ``exc`` as it left a generated coroutine
    (PEP 479): the sequential function lets it reach its caller as it is."""
    stop = exc.__cause__
    if not isinstance(stop, StopIteration) or str(exc) != "coroutine raised StopIteration":
        return None
    tb = stop.__traceback__
    return stop if tb is not None and is_generated(tb.tb_frame.f_code) else None


class _ProcessLoop:
    """The loop synchronous runs share, and how many of them it runs now."""

    def __init__(self) -> None:
        self.loop: Any = None
        self.thread: threading.Thread | None = None
        self.running = 0  # runs in progress (touched on the loop's thread only)
        self.settling: Any = None  # a future while LiteLLM's worker is being settled

    def get(self) -> Any:
        with _lock:
            if self.loop is None:
                import asyncio

                loop = asyncio.new_event_loop()
                ready = threading.Event()

                def serve() -> None:
                    _local.nested = True  # a synchronous call from a run here waits on a worker
                    asyncio.set_event_loop(loop)
                    loop.call_soon(ready.set)
                    loop.run_forever()

                self.thread = threading.Thread(target=serve, name="autoform-loop", daemon=True)
                self.thread.start()
                ready.wait()
                self.loop = loop
                atexit.register(self.close)
            return self.loop

    def close(self) -> None:
        """At exit: stop the loop and close it, so nothing of it is left to be reported."""
        loop, thread = self.loop, self.thread
        if loop is None or thread is None or loop.is_closed():
            return
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(loop.stop)
        thread.join(1.0)
        if not thread.is_alive():
            loop.close()


_process = _ProcessLoop()


def _forget_after_fork() -> None:
    # A forked child has none of the parent's threads: the loop and the workers it knew of
    # are gone, and waiting on them would wait forever. The child starts its own.
    global _process, _pool, _lock
    _process, _pool, _lock = _ProcessLoop(), None, threading.Lock()


os.register_at_fork(after_in_child=_forget_after_fork)


async def _settled(coro: Coroutine[Any, Any, R]) -> R:
    """``coro``, then, when it was the last run on the process loop, LiteLLM's logging worker
    settled there (`lm.settle`): a task LiteLLM abandons on this loop, which stays open, when
    another loop calls it (an ``asyncio.run`` of the user's) would be reported destroyed.
    Only when no other run is in progress: stopping the worker under a run still calling
    LiteLLM would drop its callbacks. A run that starts while the worker settles waits."""
    import asyncio

    while _process.settling is not None:
        await asyncio.shield(_process.settling)
    _process.running += 1
    try:
        return await coro
    finally:
        _process.running -= 1
        if _process.running == 0:
            from .lm import settle

            _process.settling = asyncio.get_running_loop().create_future()
            try:
                await settle()
            finally:
                _process.settling.set_result(None)
                _process.settling = None


def _on_process_loop(
    outer: Coroutine[Any, Any, Any], context: contextvars.Context, done: Future[Any]
) -> None:
    loop = _process.get()

    def start() -> None:  # on the loop's thread
        if not done.set_running_or_notify_cancel():
            outer.close()  # stopped before it began
            return
        # Made in the caller's context, not the loop thread's.
        task = loop.create_task(outer, context=context)
        task.add_done_callback(functools.partial(_report, done))

    loop.call_soon_threadsafe(start)


def _report(done: Any, task: Any) -> None:
    if task.cancelled():
        import asyncio

        done.set_exception(asyncio.CancelledError())
    elif (exc := task.exception()) is not None:
        done.set_exception(exc)
    else:
        done.set_result(task.result())


def _workers() -> Any:
    global _pool
    with _lock:
        if _pool is None:
            from concurrent.futures import ThreadPoolExecutor

            _pool = ThreadPoolExecutor(_WORKERS, thread_name_prefix="autoform-run-sync")
        return _pool


def _on_worker(
    outer: Coroutine[Any, Any, Any], context: contextvars.Context, done: Future[Any]
) -> None:
    def work() -> None:
        import asyncio

        if not done.set_running_or_notify_cancel():
            return  # stopped before it began
        _local.nested = True
        runner = getattr(_local, "runner", None)
        if runner is None:
            runner = _local.runner = asyncio.Runner()
        try:
            done.set_result(runner.run(outer, context=context))
        except BaseException as exc:
            done.set_exception(exc)

    _workers().submit(work)


async def _as_is(coro: Coroutine[Any, Any, R]) -> R:
    return await coro


def _wait(
    coro: Coroutine[Any, Any, R],
    context: contextvars.Context,
    submit: Callable[[Coroutine[Any, Any, Any], contextvars.Context, Future[Any]], None],
    wrap: Callable[[Coroutine[Any, Any, R]], Coroutine[Any, Any, R]],
) -> R:
    """Run ``wrap(coro)`` where ``submit`` sends it, and wait for it here, interruptibly."""
    import asyncio
    from concurrent.futures import wait

    where: list[tuple[asyncio.AbstractEventLoop, asyncio.Task[Any]]] = []

    async def watched() -> Any:
        task = asyncio.current_task()
        assert task is not None
        where.append((asyncio.get_running_loop(), task))
        try:
            return await wrap(coro)
        except (KeyboardInterrupt, SystemExit) as exc:
            # Out of a task, asyncio lets these stop the loop running it (the process's,
            # shared): carried to the caller, who raises it.
            return _Raised(exc)

    outer = watched()
    # Our own future, made before submitting: an interrupt can land inside `submit` (while
    # it starts a thread), after the work was queued, and must still be able to stop it.
    done: Future[Any] = Future()
    try:
        submit(outer, context, done)
        # Waited for in slices: a Ctrl-C the kernel delivers to another of the process's
        # threads only sets a flag, which this thread reads between slices; one long wait
        # would not see it until the run ended on its own.
        while not wait([done], timeout=_SLICE).done:
            pass
        result: Any = done.result()
    except BaseException:
        if not done.done():
            _stop(done, where, outer, coro)
        raise
    if isinstance(result, _Raised):
        raise result.exc  # (out of the `except`: no context of ours)
    return cast("R", result)


class _Raised:
    """A `KeyboardInterrupt` or `SystemExit` the run raised, on its way to the caller."""

    __slots__ = ("exc",)

    def __init__(self, exc: BaseException) -> None:
        self.exc = exc


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


def stop_refused(fn: Any, stop: StopIteration) -> CompileError:
    """A StopIteration came out of ``fn`` where the compiled program awaits it: Python
    cannot let one through a coroutine (PEP 479). Refused where it happened, saying so,
    rather than turned into a RuntimeError the sequential program would not raise."""
    name = getattr(fn, "__qualname__", None) or repr(fn)
    site = caller(sys._getframe(1))
    code = getattr(fn, "__code__", None)
    filename = site.f_code.co_filename if site else getattr(code, "co_filename", "<unknown>")
    line = site.f_lineno if site else getattr(code, "co_firstlineno", 0)
    return CompileError(
        f"a StopIteration came out of `{name}()` here, which the concurrent version awaits: "
        "Python turns a StopIteration leaving a coroutine into RuntimeError (PEP 479), so it "
        "cannot reach the code that would catch it.",
        filename=filename,
        line=line,
        construct="StopIteration out of an awaited call",
        hint="Catch StopIteration inside the function (or give next() a default) and return "
        "or raise something else.",
    )
