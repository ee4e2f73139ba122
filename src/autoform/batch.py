"""Batch runs: one pipeline over many inputs, `map` (``await``) and `map_sync` (scripts).

Each input is one run of the pipeline, at most ``max_concurrency`` runs at once, all sharing
the caps of ``af.limits`` in force where `map` is called. Results come back in input order.

``errors="raise"`` fails fast: at the first failure *to happen* (not the first in input
order, which could mean waiting for slow earlier inputs), the runs still going are cancelled
and that exception is raised, with a note naming the input. ``errors="collect"`` runs every
input and returns a `Result` per input, holding its value or its exception.

With ``cache_dir=``, each finished input's result is stored as it completes, and a rerun
(after a failure, a crash, Ctrl-C) skips the inputs already done. A result is keyed by the
input's value and by what the pipeline's results depend on (`autoform.identity`: its code,
the code of yours it reaches, the plain data that code reads); the LM calls made during the
runs are stored too, keyed by their exact requests, so a rerun after a change makes only
the calls whose requests changed (`autoform.store`). Failures are never stored.
"""

from __future__ import annotations

import functools
import inspect
import os
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, overload

from .store import Store, input_key, replies

if TYPE_CHECKING:
    from .api import Scheduled

__all__ = ["Result", "map", "map_sync"]

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class Result(Generic[R]):
    """The outcome of one input of ``af.map(..., errors="collect")``: its value, or the
    exception its run raised."""

    input: Any
    value: R | None = None
    error: Exception | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def unwrap(self) -> R:
        """The value; raises the run's exception if it failed."""
        if self.error is not None:
            raise self.error
        return self.value  # type: ignore[return-value]


Errors = Literal["raise", "collect"]


class _NotAsync(TypeError):
    """A misuse of `map` (not one input's failure): raised even with errors="collect"."""


@overload
async def map(
    fn: Callable[[T], Awaitable[R]] | Scheduled[R],
    inputs: Iterable[T],
    *,
    max_concurrency: int | None = None,
    progress: bool | None = None,
    cache_dir: str | os.PathLike[str] | None = None,
    errors: Literal["raise"] = "raise",
) -> list[R]: ...
@overload
async def map(
    fn: Callable[[T], Awaitable[R]] | Scheduled[R],
    inputs: Iterable[T],
    *,
    max_concurrency: int | None = None,
    progress: bool | None = None,
    cache_dir: str | os.PathLike[str] | None = None,
    errors: Literal["collect"],
) -> list[Result[R]]: ...


async def map(
    fn: Any,
    inputs: Iterable[Any],
    *,
    max_concurrency: int | None = None,
    progress: bool | None = None,
    cache_dir: str | os.PathLike[str] | None = None,
    errors: Errors = "raise",
) -> list[Any]:
    """Run the pipeline ``fn`` once per input, concurrently; return the results in input
    order.

    ``fn``: an ``@af.concurrent`` function, an ``af.sched(...)`` pipeline or any async
    callable of one argument (use ``functools.partial`` or a lambda for more). A plain
    function is refused: compile it with ``af.concurrent`` so that its calls overlap.
    ``max_concurrency``: at most that many inputs in flight (default: all of them; LM calls
    are still capped by ``af.limits``). ``progress``: a progress bar on stderr (default:
    when stderr is a terminal). ``cache_dir``: store each finished result there and skip it
    on a rerun. ``errors``: ``"raise"`` (fail fast on the first failure to happen, cancel
    the rest) or ``"collect"`` (a `Result` per input)::

        answers = await af.map(research, topics, max_concurrency=8, cache_dir=".af-cache")
    """
    import asyncio

    if errors not in ("raise", "collect"):
        raise ValueError(f'errors= must be "raise" or "collect", not {errors!r}')
    if max_concurrency is not None and max_concurrency < 1:
        raise ValueError(f"max_concurrency must be at least 1, not {max_concurrency}")
    run = _as_async(fn)
    items = list(inputs)
    results: list[Result[Any] | None] = [None] * len(items)
    store: Store | None = None
    keys: list[str] = []
    fn_key = ""
    if cache_dir is not None:
        from .identity import pipeline_key

        keys = [input_key(x, k) for k, x in enumerate(items)]
        fn_key = pipeline_key(fn)
        store = Store(cache_dir)
    # The runs' LM calls consult and fill the store (the workers' tasks, started below,
    # inherit this); without one, a store an enclosing batch set is not theirs.
    replying = replies.set(store)
    try:
        if store is not None:
            for k, key in enumerate(keys):
                found, value = store.result(fn_key, key)
                if found:
                    results[k] = Result(items[k], value)
        todo = [k for k, r in enumerate(results) if r is None]
        bar = _progress_bar(progress, len(items), len(items) - len(todo), _name(fn))
        failures: list[tuple[int, BaseException]] = []  # in the order they happened
        queue = iter(todo)

        async def one(k: int) -> None:
            try:
                value = await run(items[k])
                if store is not None:
                    store.put_result(fn_key, keys[k], value, k)
            except _NotAsync:
                raise
            except Exception as exc:
                if errors == "raise":
                    failures.append((k, exc))
                    raise
                results[k] = Result(items[k], error=exc)
                if bar is not None:
                    bar.set_postfix(failed=sum(r is not None and not r.ok for r in results))
            else:
                results[k] = Result(items[k], value)
            if bar is not None:
                bar.update(1)

        async def worker() -> None:
            for k in queue:  # shared: each worker takes the next input not yet started
                # A task per input, in a fresh copy of the caller's context: what one run
                # sets there is not seen by the next.
                await asyncio.ensure_future(one(k))

        n = len(todo) if max_concurrency is None else min(max_concurrency, len(todo))
        workers = [asyncio.ensure_future(worker()) for _ in range(n)]
        try:
            if workers:
                await asyncio.wait(workers, return_when=asyncio.FIRST_EXCEPTION)
            failed = [w for w in workers if w.done() and not w.cancelled() and w.exception()]
            if failed:
                from .runtime import _cancel_all

                await _cancel_all([w for w in workers if not w.done()])
                if failures:
                    k, exc = failures[0]
                    exc.add_note(
                        f"af.map: this is the failure of input {k} ({_short(items[k])}); "
                        f"{sum(r is not None for r in results)} of {len(items)} inputs had "
                        "finished, the runs still going were cancelled"
                        + (" (finished results are stored in cache_dir)" if store else "")
                    )
                    raise exc
                raise failed[0].exception()  # type: ignore[misc]
        except BaseException:
            from .runtime import _cancel_all

            await _cancel_all([w for w in workers if not w.done()])
            for w in workers:
                if w.done() and not w.cancelled():
                    w.exception()  # retrieved: no "never retrieved" warnings
            raise
        finally:
            if bar is not None:
                bar.close()
    finally:
        replies.reset(replying)
        if store is not None:
            store.close()
    done = [r for r in results if r is not None]
    assert len(done) == len(items)
    return done if errors == "collect" else [r.value for r in done]


@overload
def map_sync(
    fn: Callable[[T], Awaitable[R]] | Scheduled[R],
    inputs: Iterable[T],
    *,
    max_concurrency: int | None = None,
    progress: bool | None = None,
    cache_dir: str | os.PathLike[str] | None = None,
    errors: Literal["raise"] = "raise",
) -> list[R]: ...
@overload
def map_sync(
    fn: Callable[[T], Awaitable[R]] | Scheduled[R],
    inputs: Iterable[T],
    *,
    max_concurrency: int | None = None,
    progress: bool | None = None,
    cache_dir: str | os.PathLike[str] | None = None,
    errors: Literal["collect"],
) -> list[Result[R]]: ...


def map_sync(fn: Any, inputs: Iterable[Any], **options: Any) -> list[Any]:
    """`map` for synchronous code (a script): runs it to completion and returns its list.
    Also works inside a running event loop (a Jupyter cell), on a worker thread's loop;
    there, ``await af.map(...)`` is better. Ctrl-C cancels the runs in flight; with
    ``cache_dir`` the finished ones are kept for the rerun.

    >>> import autoform as af
    >>> @af.concurrent
    ... def shout(text: str) -> str:
    ...     return af.format("{}!", text)
    >>> af.map_sync(shout, ["a", "b"], progress=False)
    ['a!', 'b!']
    """
    from .runner import run_sync

    return run_sync(map(fn, inputs, **options))


# ======================================================================================
# WHAT RUNS
# ======================================================================================


def _as_async(fn: Any) -> Callable[[Any], Awaitable[Any]]:
    from .api import IR, Scheduled

    if isinstance(fn, Scheduled):
        return fn.acall
    if isinstance(fn, IR):
        raise TypeError(
            "af.map got an IR, which runs one call after another: pass af.sched(ir) to "
            "overlap its calls"
        )
    if not callable(fn):
        raise TypeError(f"af.map needs a pipeline to call, not {type(fn).__name__}")
    target = fn.func if isinstance(fn, functools.partial) else fn
    if inspect.iscoroutinefunction(fn) or inspect.iscoroutinefunction(target):
        return fn  # type: ignore[no-any-return]
    if (inspect.isfunction(target) or inspect.ismethod(target)) and target.__name__ != "<lambda>":
        raise TypeError(
            f"af.map runs async pipelines, and {_name(fn)} is a plain function: decorate it "
            f"with @af.concurrent (or pass af.concurrent({_name(fn)})) so that its calls "
            "overlap, or pass an async def"
        )

    async def checked(x: Any) -> Any:
        made = fn(x)
        if not inspect.isawaitable(made):
            raise _NotAsync(
                f"af.map runs async pipelines, and {_name(fn)} returned "
                f"{type(made).__name__}, not an awaitable: make it return the pipeline's "
                "call, e.g. lambda x: pipeline(x, style)"
            )
        return await made

    return checked


def _name(fn: Any) -> str:
    from .api import Scheduled

    if isinstance(fn, Scheduled):
        fn = fn.ir.fn
    if isinstance(fn, functools.partial):
        fn = fn.func
    return getattr(fn, "__qualname__", None) or type(fn).__name__


# ======================================================================================
# PROGRESS
# ======================================================================================


def _progress_bar(show: bool | None, total: int, done: int, name: str) -> Any:
    import sys

    if show is None:
        show = sys.stderr is not None and sys.stderr.isatty()
    if not show:
        return None
    from tqdm.auto import tqdm

    return tqdm(total=total, initial=done, desc=name, unit="input", dynamic_ncols=True)


def _short(x: Any) -> str:
    text = repr(x)
    return text if len(text) <= 60 else text[:57] + "..."
