"""Batch runs: one pipeline over many inputs, `map` (``await``) and `map_sync` (scripts).

Each input is one run of the pipeline, at most ``max_concurrency`` runs at once, all sharing
the caps of ``af.limits`` in force where `map` is called. Results come back in input order.

``errors="raise"`` fails fast: at the first failure *to happen* (not the first in input
order, which could mean waiting for slow earlier inputs), the runs still going are cancelled
and that exception is raised, with a note naming the input. ``errors="collect"`` runs every
input and returns a `Result` per input, holding its value or its exception.

With ``cache_dir=``, each finished input's result is stored as it completes, in a SQLite
file in that directory; a rerun (after a failure, a crash, Ctrl-C) skips the inputs already
done. The key is a hash of the pipeline's identity (module, qualified name, source: the
generated code for a compiled one) and of the input's value. What the key does not see
(a global like ``MODEL``, a prompt file read at run time) does not invalidate it: name
another ``cache_dir`` when those change. Failures are never stored.
"""

from __future__ import annotations

import functools
import inspect
import os
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, overload

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
    store = _Store(cache_dir, _identity(fn)) if cache_dir is not None else None
    try:
        keys: list[str] = []
        if store is not None:
            keys = [_input_key(x, k) for k, x in enumerate(items)]
            found = store.load()
            for k, key in enumerate(keys):
                if key in found:
                    results[k] = Result(items[k], found[key])
        todo = [k for k, r in enumerate(results) if r is None]
        bar = _progress_bar(progress, len(items), len(items) - len(todo), _name(fn))
        failures: list[tuple[int, BaseException]] = []  # in the order they happened
        queue = iter(todo)

        async def one(k: int) -> None:
            try:
                value = await run(items[k])
                if store is not None:
                    store.put(keys[k], value, k)
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


def _identity(fn: Any) -> str:
    """What the cache keys on for the pipeline: module, qualified name and source."""
    from .api import Scheduled

    parts: list[str] = []
    if isinstance(fn, functools.partial):
        parts.append(_canonical_json((fn.args, fn.keywords)))
        fn = fn.func
    if isinstance(fn, Scheduled):
        parts += [fn.ir.fn.__module__, fn.ir.fn.__qualname__, fn.source]
    else:
        source = getattr(fn, "source", None)  # a compiled pipeline's generated code
        if not isinstance(source, str):
            plain = inspect.isroutine(fn) or inspect.isclass(fn)
            try:
                source = inspect.getsource(fn if plain else type(fn))  # a callable object
            except (OSError, TypeError):
                source = ""
        parts += [getattr(fn, "__module__", ""), _name(fn), source]
    return _sha256("\x00".join(str(p) for p in parts))


# ======================================================================================
# CACHE
# ======================================================================================


def _sha256(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _input_key(x: Any, k: int) -> str:
    try:
        return _sha256(_canonical_json(x))
    except TypeError as exc:
        raise TypeError(
            f"af.map(cache_dir=...) keys each input by its value, and input {k} "
            f"({_short(x)}) cannot be keyed: {exc}. Pass inputs made of str, numbers, "
            "lists, tuples, dicts, sets, dataclasses or picklable objects, or leave out "
            "cache_dir"
        ) from None


def _canonical_json(x: Any) -> str:
    import json

    return json.dumps(_canonical(x), sort_keys=True, separators=(",", ":"))


def _canonical(x: Any) -> Any:
    """A JSON-able form of ``x`` that is the same in every process for equal values (no
    set ordering, no hash randomisation, no memory addresses)."""
    import dataclasses
    import json

    if x is None or isinstance(x, bool | int | float | str):
        return x
    if isinstance(x, list):
        return [_canonical(v) for v in x]
    if isinstance(x, tuple):
        return {"tuple": [_canonical(v) for v in x]}
    if isinstance(x, dict):
        pairs = [[_canonical(k), _canonical(v)] for k, v in x.items()]
        return {"dict": sorted(pairs, key=lambda p: json.dumps(p[0], sort_keys=True))}
    if isinstance(x, set | frozenset):
        items = [_canonical(v) for v in x]
        return {"set": sorted(items, key=lambda v: json.dumps(v, sort_keys=True))}
    if isinstance(x, bytes):
        return {"bytes": x.hex()}
    kind = f"{type(x).__module__}.{type(x).__qualname__}"
    if dataclasses.is_dataclass(x) and not isinstance(x, type):
        fields = {f.name: _canonical(getattr(x, f.name)) for f in dataclasses.fields(x)}
        return {"dataclass": kind, "fields": fields}
    dump = getattr(x, "model_dump", None)  # a pydantic model
    if callable(dump):
        return {"model": kind, "data": _canonical(dump())}
    import pickle

    try:
        return {"pickle": kind, "data": pickle.dumps(x, protocol=4).hex()}
    except Exception as exc:
        raise TypeError(f"{kind} is neither plain data nor picklable ({exc})") from None


class _Store:
    """Finished results of one pipeline, in ``DIR/autoform-map.sqlite3``."""

    FILE = "autoform-map.sqlite3"

    def __init__(self, directory: str | os.PathLike[str], fn_key: str) -> None:
        import sqlite3
        from pathlib import Path

        path = Path(directory)
        if path.exists() and not path.is_dir():
            raise NotADirectoryError(
                f"af.map(cache_dir={str(directory)!r}): that is a file, not a directory; "
                "name a directory (it is created if missing)"
            )
        path.mkdir(parents=True, exist_ok=True)
        self.fn_key = fn_key
        # Autocommit: each result is on disk once `put` returns, so a crash loses none.
        self.db = sqlite3.connect(path / self.FILE, timeout=30, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")  # durable against a crash of the process
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS results (fn TEXT NOT NULL, input TEXT NOT NULL, "
            "value BLOB NOT NULL, PRIMARY KEY (fn, input)) WITHOUT ROWID"
        )

    def load(self) -> dict[str, Any]:
        import pickle

        found = {}
        rows = self.db.execute("SELECT input, value FROM results WHERE fn = ?", (self.fn_key,))
        for key, blob in rows:
            try:
                found[key] = pickle.loads(blob)
            except Exception:  # stored by code that no longer loads it: run it again
                continue
        return found

    def put(self, key: str, value: Any, k: int) -> None:
        import pickle

        try:
            blob = pickle.dumps(value)
        except Exception as exc:
            raise TypeError(
                f"af.map(cache_dir=...) stores each result with pickle, and the result of "
                f"input {k} ({type(value).__name__}) cannot be pickled: {exc}. Return "
                "picklable values, or leave out cache_dir"
            ) from exc
        self.db.execute(
            "INSERT OR REPLACE INTO results (fn, input, value) VALUES (?, ?, ?)",
            (self.fn_key, key, blob),
        )

    def close(self) -> None:
        self.db.close()


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
