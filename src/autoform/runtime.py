"""The few helpers generated code calls, under one short alias (``_af``).

``await _af.gather(a, b, ...)``: run awaitables together; return their results in order.
When some fail, raise the failure of the earliest one in argument order, which is program
order: a later failure wins only once every earlier awaitable has succeeded. As soon as the
outcome is decided, the awaitables that no longer matter are cancelled, and every task is
awaited before this returns, so none outlives the call.

``await _af.acall(helper, *args)``: call a helper of the user's through its compiled twin;
``await _af.aawait(helper, *args)`` for ``await helper(*args)`` of an ``async def`` helper.

``await _af.ranked(priority, aw)``: ``aw``'s LM calls go ahead of others waiting for a cap.

``await _af.fan_out(item, iterable, collect)``: a loop whose items run together; see there.

``await _af.lm_method(client, "chat.completions.create", ...)``: a client's LM method, by
its receiver's runtime type (`autoform.clients`); ``lm_amethod`` where the user awaited it.

``async with _af.tasks() as tasks:``: a scope for calls that run across other statements.
``tasks.start(coro)`` starts one; on leaving the scope by an exception (or a cancellation),
the calls still in flight are cancelled and awaited.

``await _af.output(print, x)``: output, written in turn (`autoform.turns`);
``tasks.start(_af.in_turn(coro))``: a call whose only effect is output, started ahead of its
place: what it writes comes out when the body takes its result.
"""

from __future__ import annotations

import functools
import inspect
import linecache
import re
import sys
from collections.abc import Awaitable, Callable, Collection, Coroutine, Sequence
from contextvars import Context, ContextVar
from inspect import CO_COROUTINE
from types import CoroutineType, FunctionType, MethodType, ModuleType, TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from .clients import lm_amethod, lm_method
from .contexts import carry, own
from .errors import CompileError
from .generated import caller, installing_client, is_generated
from .guards import holds
from .hiding import (
    PLUMBING,
    call_hidden,
    hides,
    hiding_here,
    kept_in_loop,
    outside_loop,
    showing,
    shown,
    shows,
    unwound,
)
from .limits import Backlog, backlog, capped
from .limits import rank as _rank
from .runner import _escaped as escaped_stop
from .runner import stop_refused
from .turns import Turn, output, output_in_order, running, waiting
from .turns import current as current_turn

if TYPE_CHECKING:
    import asyncio

# asyncio is imported where it is used, not here: the api imports this module to hand it the
# compiler (`set_compiler`), and `import autoform` stays fast.

__all__ = [
    "SKIP",
    "TaskScope",
    "aawait",
    "aawait_in_order",
    "acall",
    "acall_in_order",
    "as_compiled",
    "as_written",
    "awaited_in_order_instead",
    "deferred",
    "distinct",
    "fan_out",
    "fanned",
    "gather",
    "hides",
    "holds",
    "in_order_instead",
    "in_turn",
    "installing_client",
    "listed",
    "lm_amethod",
    "lm_method",
    "nest",
    "output",
    "output_in_order",
    "outside_loop",
    "outside_loop_context",
    "plain_or_turn",
    "prim",
    "ranked",
    "read_outside_loop",
    "set_compiler",
    "shared",
    "stop_kept_out",
    "tasks",
    "when_plain",
]

PLUMBING.add(__file__)  # (its frames leave a traceback as it leaves a wrapper: `hiding`)

T = TypeVar("T")


async def _cancel_all(pending: Collection[asyncio.Future[Any]]) -> None:
    import asyncio

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
    frame = caller(sys._getframe(2))  # the generated function awaiting `gather`
    if frame is None:
        return
    filename = frame.f_code.co_filename
    parts = _GATHER_SITES.get((filename, frame.f_lineno))
    if parts is None or k >= len(parts) or parts[k] == frame.f_lineno:
        return
    code = linecache.getline(filename, parts[k]).strip()
    note = f'The call that failed: File "{filename}", line {parts[k]}: {code}'
    if note not in getattr(exc, "__notes__", ()):
        exc.add_note(note)


@shows
async def gather(*aws: Awaitable[Any]) -> list[Any]:
    import asyncio

    loop = asyncio.get_running_loop()
    create = loop.create_task
    # Each call runs with a turn of its own, which comes once every call before it is done
    # and none failed: what must wait for its place (an LM call formatting an object of the
    # user's, `turns.come`) waits for it. (A call `in_turn` has its own.)
    outer = current_turn()
    turns: list[Turn | None] = []
    futures: list[asyncio.Future[Any]] = []
    contexts: list[Context | None] = []  # what each call set is carried here in order
    for a in aws:
        # (told by type: an awaitable's `__class__` may be the user's code)
        if issubclass(type(a), asyncio.Future | in_turn):
            turns.append(None)
            futures.append(asyncio.ensure_future(a))
            contexts.append(a.context if isinstance(a, in_turn) else None)
        else:
            turn = Turn(outer)
            turns.append(turn)
            coro = a if type(a) is CoroutineType else _awaited(a)
            context = running(turn)
            contexts.append(context)
            futures.append(create(coro, context=context))
    n = len(futures)
    if not n:
        return []
    decided = loop.create_future()
    # Linear in the number of awaitables (a fan-out may pass 10,000), and little per
    # awaitable: one callback for all, a pointer past the leading ones that are done, the
    # earliest failure seen so far.
    prefix, first, cancelled_from = 0, n, n
    granted = 0  # the turns given so far
    position: dict[asyncio.Future[Any], int] | None = None  # made at the first failure

    def grant() -> None:
        nonlocal granted
        while granted < n and granted <= prefix and granted <= first:
            turn = turns[granted]
            if turn is not None:
                turn.grant()
            granted += 1

    def on_done(f: asyncio.Future[Any]) -> None:
        nonlocal prefix, first, cancelled_from, position
        if f.cancelled() or f.exception() is not None:
            if position is None:
                position = {g: k for k, g in enumerate(futures)}
            k = position[f]
            if k < first:
                first = k
                # Later awaitables cannot change the outcome any more: cancel them now.
                for later in futures[k + 1 : cancelled_from]:
                    later.cancel()
                cancelled_from = k + 1
        while prefix < n and futures[prefix].done():
            prefix += 1
        grant()
        # Decided once everything before the earliest failure is done (or all is).
        if prefix >= first and not decided.done():
            decided.set_result(None)

    grant()  # the first call's turn
    for f in futures:
        f.add_done_callback(on_done)
    try:
        await decided
    except BaseException:
        # Cancelled from outside (a timeout, Ctrl-C): take every call down with us.
        try:
            await _cancel_all([f for f in futures if not f.done()])
        finally:
            _retrieved(futures)
        raise
    if first == n:
        for context in contexts:
            carry(context)
        return [f.result() for f in futures]
    try:
        await _cancel_all([f for f in futures if not f.done()])  # the ones cancelled above
    finally:
        _retrieved(futures)
    for context in contexts[: first + 1]:  # (what the sequential run had run)
        carry(context)
    f = futures[first]
    if not f.cancelled():
        _note_failing_call(f.exception(), first)  # type: ignore[arg-type]
    return f.result()  # raises the earliest failure (or CancelledError)


def _retrieved(futures: Sequence[asyncio.Future[Any]]) -> None:
    for f in futures:
        if f.done() and not f.cancelled():
            f.exception()  # mark retrieved: no "exception was never retrieved" noise


class _Skip:
    """What an item of a fanned-out loop returns when its ``if`` kept it out."""

    def __repr__(self) -> str:
        return "autoform.runtime.SKIP"


SKIP = _Skip()


@shows
async def fan_out(
    item: Callable[..., Coroutine[Any, Any, Any]],
    iterable: Any,
    collect: Callable[..., Any],
    *,
    unpack: bool = False,
    spread: bool = False,
    ordered: bool = False,
    distinct: bool = False,
    reads: Callable[[], tuple[Any, ...]] | None = None,
) -> None:
    """``for x in iterable: collect(await item(x))``, the items run together.

    The loop's semantics are kept: the iterable is taken as the loop takes it (``iter``,
    then item by item, in order); each result is collected in item order, and a failure,
    an item's, the iterable's or a collection's, is raised where the sequential loop would
    have met it: after every earlier item has been collected. Items still running then are
    cancelled. Only an iterable whose iteration runs no code of anyone's (a list, a tuple,
    a dict or its views, a set, a str, a range, and `enumerate` or `zip` over those) is
    taken ahead of the items; any other (a generator, a user's iterator) is taken one item
    at a time, each item awaited before the next is asked for, as the loop would.
    ``unpack``: the loop's target is a tuple, ``item(*x)``; ``spread``: ``collect(*r)``;
    an item whose result is `SKIP` (its guard did not hold) collects nothing.
    Each item's task runs with a `turns.Turn` of its own, whose turn comes once the item
    before it is collected: what an item writes ahead of it is held, and comes out in item
    order, only once the sequential loop would have reached it (an item whose turn never
    comes writes nothing); what must run in program order waits for it (a primitive rebound
    since compiling, `prim`; an LM call whose messages hold an object of the user's, which
    the client formats, `lm`). ``ordered``: the compiler saw the items write output or call
    a primitive of the user's (said for the reader of the generated code; every item has
    its turn: about 2 microseconds each).
    ``distinct``: each item changes its own object (`analysis.distinct`): the items run
    together only if they are distinct objects (`distinct`), else one after another.
    ``reads``: what the items read items of (`analysis.loops.FanOut.reads`), asked as the
    loop starts: if a container whose item read inserts is among them (`guards.holds`'s
    ``read``), or one is not bound yet, the items run one after another.

    Under a cap, the items start as places come free rather than all at once: the loop
    holds back while as many of its calls wait as the cap has places (`limits.Backlog`),
    so a fan-out of 10,000 keeps hundreds of items alive, not 10,000. A failure met
    meanwhile stops it starting more.
    """
    async with fanned(
        item, iterable, unpack=unpack, ordered=ordered, distinct=distinct, reads=reads
    ) as results:
        async for _, result in results:
            call_hidden(collect, *result) if spread else call_hidden(collect, result)


class fanned:
    """``async with _af.fanned(item, xs) as items: async for x, r in items: <rest>``: the
    items' calls run together, as in `fan_out`, and each item's ``(x, result)`` comes out
    in item order, the item before it done with (its turn taken, the rest of its body
    run) before the next is given: the rest of a loop's body runs in order, as written,
    in the function itself. Leaving the ``async with`` cancels the items still running."""

    __slots__ = ("_gen", "_item")

    def __init__(
        self,
        item: Callable[..., Coroutine[Any, Any, Any]],
        iterable: Any,
        *,
        unpack: bool = False,
        ordered: bool = False,
        distinct: bool = False,
        reads: Callable[[], tuple[Any, ...]] | None = None,
    ) -> None:
        self._gen = _fan(item, iterable, unpack, distinct, reads)
        self._item = item

    @shows
    async def __aenter__(self) -> Any:
        return _ShownItems(self._gen)

    @shows
    async def __aexit__(self, *exc: object) -> None:
        try:
            await self._gen.aclose()
        finally:
            if isinstance(self._item, nest):
                await self._item.aclose()  # (the inner items no rest took)


class _ShownItems:
    """`_fan`'s items, each taken with the loop there (`hiding.shown`)."""

    __slots__ = ("gen",)

    def __init__(self, gen: Any) -> None:
        self.gen = gen

    def __aiter__(self) -> _ShownItems:
        return self

    async def __anext__(self) -> Any:
        try:
            return await shown(self.gen.__anext__())
        except NameError as exc:
            unbound = _as_unbound_local(exc)
            if unbound is None:
                raise
        raise unbound  # (outside the handler: its context is what the loop's would be)


# What Python says of a free variable read before the enclosing function bound it: what an
# item function (code of the loop's body, moved into a nested function) raises where the
# loop, in the function itself, raised an UnboundLocalError.
_FREE = re.compile(r"cannot access free variable '(\w+)' where it is not associated with a value")


def _as_unbound_local(exc: NameError) -> UnboundLocalError | None:
    """The UnboundLocalError the loop as written raised, for ``exc``, raised by generated
    code reading a name of the function's not bound yet (None for any other NameError)."""
    found = _FREE.match(str(exc)) if type(exc) is NameError else None
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    if found is None or tb is None or not is_generated(tb.tb_frame.f_code):
        return None
    if tb.tb_frame.f_code.co_name.startswith("<"):
        return None  # (a comprehension's or a lambda's own scope: Python's error there too)
    name = found.group(1)
    said = f"cannot access local variable '{name}' where it is not associated with a value"
    unbound = UnboundLocalError(said)
    unbound.name = name
    unbound.__cause__, unbound.__suppress_context__ = exc.__cause__, exc.__suppress_context__
    return unbound.with_traceback(exc.__traceback__)


async def _fan(
    item: Callable[..., Coroutine[Any, Any, Any]],
    iterable: Any,
    unpack: bool,
    distinct_items: bool = False,
    reads: Callable[[], tuple[Any, ...]] | None = None,
) -> Any:
    """`fan_out`'s items, started together; yields ``(x, result)`` in item order (but
    an item that returned `SKIP`)."""
    import asyncio

    def call(x: Any) -> Coroutine[Any, Any, Any]:
        return call_hidden(_spread, item, x) if unpack else item(x)

    # (what the items read items of, looked into as the loop starts: `FanOut.reads`)
    kept = reads is not None and not _reads_plainly(reads)
    if kept and isinstance(item, nest):
        item.in_order = True
    it = call_hidden(iter, iterable)
    if not _runs_no_code(it):
        while (x := call_hidden(next, it, _END)) is not _END:
            # one item at a time, each in the loop's own turn
            result = await call(x)
            if result is not SKIP:
                yield x, result
        return
    loop = asyncio.get_running_loop()
    started: list[asyncio.Task[Any]] = []
    contexts: list[Context] = []  # contexts[k]: item k's, carried here as it is collected
    turns: list[Turn] = []  # turns[k]: item k's, granted once item k - 1 is collected
    outer = current_turn()
    taken = 0  # the items collected so far

    failure: Exception | None = None
    xs: list[Any] = []
    try:
        for x in it:  # taken ahead: no item's code runs between two steps of it
            xs.append(x)
    except Exception as exc:  # the iterable's failure, met after the items before it
        failure = exc
    if kept or (distinct_items and not call_hidden(distinct, xs, iterable)):
        for x in xs:  # one object twice: one item after another, as the loop runs them
            result = await call(x)
            if result is not SKIP:
                yield x, result
        if failure is not None:
            raise failure
        return
    # Under a cap, the items are started as places come free (`Backlog`), not all at once.
    items = Backlog(loop) if capped() else None
    token = backlog.set(items) if items is not None else None
    try:
        for x in xs:
            try:
                coro = call(x)
            except Exception as exc:  # an item that cannot be unpacked: the loop meets it there
                failure = exc
                break
            turn = Turn(outer)
            turns.append(turn)
            contexts.append(running(turn))
            started.append(loop.create_task(coro, context=contexts[-1]))
            if taken == len(started) - 1:
                turn.grant()  # every item before it is collected: its turn now
            if items is not None and len(started) % _PACE == 0:
                await asyncio.sleep(0)  # the items just started run up to their caps
                while True:
                    # Collect the leading items that are done (raising the first failure).
                    while taken < len(started) and started[taken].done():
                        carry(contexts[taken])
                        result = started[taken].result()
                        if result is not SKIP:
                            yield xs[taken], result
                        taken += 1
                        if taken < len(turns):
                            turns[taken].grant()  # what the next item wrote so far comes out
                    if not items.full:
                        break
                    # Wait until half of the waiting calls got a place, or the next item to
                    # collect is done (its failure must stop the loop).
                    items.resume = loop.create_future()
                    head = (items.resume, started[taken])
                    await asyncio.wait(head, return_when=asyncio.FIRST_COMPLETED)
                    items.resume = None
        if token is not None:
            backlog.reset(token)
            token = None
        while taken < len(started):
            try:
                result = await started[taken]
            finally:
                if started[taken].done():
                    carry(contexts[taken])
            if result is not SKIP:
                yield xs[taken], result
            taken += 1
            if taken < len(turns):
                turns[taken].grant()
        if failure is not None:
            raise failure
    finally:
        if token is not None:
            backlog.reset(token)
        pending = [t for t in started if not t.done()]
        if pending:
            await _cancel_all(pending)
        _retrieved(started)


_END = object()  # (`next`'s default: the iterator is done)


def _spread(fn: Callable[..., T], x: Any) -> T:
    return fn(*x)  # (unpacking ``x`` may run its ``__iter__``: called with the loop hidden)


class nest:
    """``_af.fanned(_af.nest(each_x, each_x_y), xs)``: the item of a loop whose body ends in
    a loop that fans out too (`FanOut.inner`). ``outer(*x)`` runs the outer item's steps
    and returns ``(*names, ys)``, the names it bound and the inner loop's iterable; the
    inner items, ``inner(*x, *names, y)`` (``*y`` when ``unpack``), are then started, all
    of them and those of the other outer items at once, and the outer item's result is
    ``(*names, items)``: ``async for y, r in items`` gives them in item order to the rest
    of the body (`_Inner`). Each inner item runs with a turn of its own,
    within its outer item's. Leaving `fanned` cancels the inner items still running."""

    __slots__ = ("in_order", "inner", "outer", "started", "unpack")

    def __init__(
        self,
        outer: Callable[..., Coroutine[Any, Any, Any]],
        inner: Callable[..., Coroutine[Any, Any, Any]],
        *,
        unpack: bool = False,
        ordered: bool = False,
    ) -> None:
        # (``ordered`` is what the compiler saw, for the reader: every inner item has a turn)
        self.outer, self.inner, self.unpack = outer, inner, unpack
        self.started: list[asyncio.Task[Any]] = []
        # The outer loop runs its items one after another (a defaultdict among what they
        # read items of, `fan_out`'s ``reads``): so do the inner items, each as the rest
        # reaches it.
        self.in_order = False

    async def __call__(self, *x: Any) -> Any:
        made = await self.outer(*x)
        if made is SKIP:
            return SKIP
        *names, ys = made
        return (*names, _Inner(functools.partial(self.inner, *x, *names), ys, self))

    async def aclose(self) -> None:
        try:
            await _cancel_all([t for t in self.started if not t.done()])
        finally:
            _retrieved(self.started)


class _Inner:
    """One outer item's inner items (`nest`), started as the outer item ends: taken in item
    order by ``async for``, each item's turn coming once the rest of the one before it ran;
    then the failure that ended them (the iterable's, or an item's that cannot be
    unpacked) is raised where the loop meets it. An iterable whose iteration may run
    someone's code is taken one item at a time as the rest reaches it, each item run then,
    in program order."""

    __slots__ = (
        "contexts",
        "each",
        "failure",
        "it",
        "lazy",
        "source",
        "taken",
        "tasks",
        "turns",
        "unpack",
        "xs",
    )

    def __init__(self, each: Callable[..., Any], ys: Any, owner: nest) -> None:
        import asyncio

        self.each, self.unpack = each, owner.unpack
        self.xs: list[Any] = []
        self.tasks: list[asyncio.Task[Any]] = []
        self.contexts: list[Context] = []
        self.turns: list[Turn] = []
        self.taken = 0
        self.failure: Exception | None = None
        self.source: Any = ys
        self.it: Any = None
        self.lazy = (
            owner.in_order or type(ys) not in _TAKEN_AHEAD or not _runs_no_code(it := iter(ys))
        )
        if self.lazy:
            return  # (`iter` is called where the loop calls it: it may run code, or raise)
        try:
            for y in it:
                self.xs.append(y)
        except Exception as exc:  # the iterable's failure, met after the items before it
            self.failure = exc
        loop = asyncio.get_running_loop()
        outer = current_turn()
        for k, y in enumerate(self.xs):
            try:
                coro = self._call(y)
            except Exception as exc:  # an item that cannot be unpacked: the loop meets it
                self.failure = exc
                del self.xs[k:]
                break
            turn = Turn(outer)
            self.turns.append(turn)
            if k == 0:
                turn.grant()  # the first item's turn is its outer item's
            self.contexts.append(running(turn))
            task = loop.create_task(coro, context=self.contexts[-1])
            self.tasks.append(task)
            owner.started.append(task)

    def _call(self, y: Any) -> Coroutine[Any, Any, Any]:
        return call_hidden(_spread, self.each, y) if self.unpack else self.each(y)

    def __aiter__(self) -> _Inner:
        return self

    @shows
    async def __anext__(self) -> tuple[Any, Any]:
        if self.lazy:
            if self.it is None:
                self.it = call_hidden(iter, self.source)
            while True:
                y = call_hidden(next, self.it, _END)
                if y is _END:
                    raise StopAsyncIteration
                result = await self._call(y)
                if result is not SKIP:
                    return y, result
        while self.taken < len(self.tasks):
            k = self.taken
            if k < len(self.turns):
                self.turns[k].grant()  # the rest of the item before it ran
            try:
                result = await self.tasks[k]
            finally:
                if self.tasks[k].done():
                    carry(self.contexts[k])
            self.taken += 1
            if result is not SKIP:
                return self.xs[k], result
        if self.failure is not None:
            failure, self.failure = self.failure, None
            raise failure
        raise StopAsyncIteration


def _reads_plainly(reads: Callable[[], tuple[Any, ...]]) -> bool:
    """Do the values ``reads`` gives hold no container whose item read inserts? (A name
    not bound yet: not known, so no.)"""
    try:
        values = reads()
    except NameError:  # (an UnboundLocalError too)
        return False
    return holds(read=values)


def distinct(items: Sequence[Any], iterable: Any = None) -> bool:
    """May the items of a loop whose items change their own objects run together: are they
    distinct objects (``[a, a]``: the second item must see what the first did), none
    holding ``iterable`` (what the loop walks: growing it would add items) in an
    attribute, no two holding one container (``copy.copy(a)`` shares ``a.history``: the
    analysis took it as made new for each object by ``__init__``)? An object without
    attributes of its own says no."""
    if len({id(x) for x in items}) != len(items):
        return False
    held_by: dict[int, int] = {}
    for k, x in enumerate(items):
        try:
            held = vars(x)
        except TypeError:
            return False
        for v in held.values():
            if v is iterable:
                return False
            # (by its type: `isinstance` would read a `__class__` of the user's)
            if issubclass(type(v), _OWNED) and held_by.setdefault(id(v), k) != k:
                return False
    return True


# The containers a method that changes only its own object may change (`classes.changes_self`:
# those its class's `__init__` made): what the items hold in common besides (a client, a
# config) is none of their changes.
_OWNED = (list, dict, set)


def deferred(make: Callable[[], Awaitable[T]]) -> Awaitable[T]:
    """``_af.deferred(lambda: lm.acall(xs[0]))``: the call's awaitable, made now. If making
    it raises (its arguments: an index out of range, a missing key, bad JSON), an awaitable
    raising that instead, when awaited: where the call's own failure would be taken, in
    program order, after the failures of the calls before it."""
    try:
        return make()
    except Exception as exc:
        return _raise(exc)


async def _raise(exc: Exception) -> Any:
    raise exc


@shows
async def when_plain(
    values: tuple[Any, ...], make: Callable[[], Awaitable[T]], *, in_loop: bool = False
) -> T:
    """``await _af.when_plain((t,), lambda: lm.acall(f"About {t}"))``: a call whose arguments
    look into values whose types were not certain when it was compiled. When they are all
    builtin (a str, a number, containers of them), making the arguments runs no one's code
    and the call is made at once; else (an object whose `__format__` could print or raise)
    they are made in the call's turn, once every statement before it has run, as the
    sequential run makes them, with no event loop running, as there (a `__str__` may run
    one). (A call made where it stands has no turn to wait for.) ``in_loop``: an ``async
    def``'s, which makes them in its loop, as written."""
    if all(_builtin_through(v, 0) for v in values):
        return await make()
    await in_turn.acall()
    return await (make() if in_loop else outside_loop(make))


@shows
async def plain_or_turn(values: tuple[Any, ...], classes: tuple[type, ...] = ()) -> bool:
    """``if await _af.plain_or_turn((segments,), (Segment,)): <step>``, in a chain, around a
    step it reruns that was judged to run no one's code by trusting annotations (a
    dataclass's field types, ``segments: list[Segment]``). True, at once, if the values are
    builtin all the way down, instances of exactly those classes counting when their fields
    are: the step may run again. Else (a field holding an object whose `__format__` could
    print or raise, an instance of a subclass with a property) False, once the chain's turn
    has come, as `when_plain` waits: the body has run the step in its place by then, and
    its names (the chain's ``nonlocal``) hold what it made."""
    if all(_builtin_through(v, 0, classes) for v in values):
        return True
    await in_turn.acall()
    return False


_SCALARS = frozenset({str, int, float, bool, bytes, type(None)})


def _builtin_through(value: Any, depth: int, classes: tuple[type, ...] = ()) -> bool:
    """Is ``value`` builtin all the way down (formatting, hashing it runs no one's code)?
    ``classes``: plain dataclasses and named tuples whose exact instances count, with
    their fields' values."""
    kind = type(value)
    if kind in _SCALARS:
        return True
    if depth > 4:
        return False
    if kind in (list, tuple, set, frozenset):
        return all(_builtin_through(x, depth + 1, classes) for x in value)
    if kind is dict:
        return all(
            _builtin_through(k, depth + 1, classes) and _builtin_through(x, depth + 1, classes)
            for k, x in value.items()
        )
    if kind in classes:
        if issubclass(kind, tuple):  # a named tuple: its fields are its items
            return all(_builtin_through(x, depth + 1, classes) for x in tuple.__iter__(value))
        names = getattr(kind, "__dataclass_fields__", None)
        if not isinstance(names, dict):
            return False
        try:
            fields = [object.__getattribute__(value, n) for n in names]
        except AttributeError:
            return False
        return all(_builtin_through(x, depth + 1, classes) for x in fields)
    return False


class in_turn(Awaitable[T]):  # (lower case: generated code calls it like a function)
    """``tasks.start(_af.in_turn(coro))``: a call whose only effect is output (a helper that
    logs), started ahead of its place in program order. Its task runs with a `turns.Turn`
    of its own: what it writes is held until the body awaits it, where the call stood, with
    every statement before it done; then it comes out, and the task writes straight through.
    Awaited where it is made, it is the call itself."""

    __slots__ = ("aw", "context", "task", "turn")

    def __init__(self, aw: Awaitable[T]) -> None:
        self.aw = aw
        self.task: asyncio.Task[T] | None = None
        self.context: Context | None = None
        self.turn = Turn(current_turn())

    def start(self) -> asyncio.Task[T]:
        """Its task, started (once) with its own turn."""
        import asyncio

        if self.task is None:
            aw = self.aw
            coro = aw if isinstance(aw, Coroutine) else _awaited(aw)
            with showing():
                loop = asyncio.get_running_loop()
                self.context = running(self.turn)
                self.task = loop.create_task(coro, context=self.context)
        return self.task

    def __await__(self) -> Any:
        return shown(self._taken()).__await__()

    async def _taken(self) -> T:
        import asyncio

        task = self.start()
        try:
            self.turn.grant()
        except BaseException:
            # Writing what it held failed (a closed stdout): the call's failure, here.
            if not task.done():
                task.cancel()
                await asyncio.wait([task])
            _retrieved([task])
            raise
        try:
            return await task
        finally:
            if task.done():
                carry(self.context)

    @staticmethod
    @shows
    async def acall() -> None:
        """``await _af.in_turn.acall()``: the form of earlier generated code, written before
        a fanned-out item's first output: waits until the item's turn has come."""
        while (turn := waiting(current_turn())) is not None and not turn.dead:
            await turn.reach()


async def _awaited(aw: Awaitable[T]) -> T:
    return await aw


# Under a cap, a fanned-out loop looks at how many of its items wait after starting this many.
_PACE = 64


def _runs_no_code(it: Any) -> bool:
    """Does taking the items of ``it`` (an iterator) run no one's code?"""
    if type(it) in _PLAIN_ITERATORS:
        return True
    if type(it) in (enumerate, zip):
        inner: tuple[Any, ...] = it.__reduce__()[1]  # what it iterates: the pickle protocol says
        return all(_runs_no_code(x) for x in inner if not isinstance(x, int | bool))
    return False


_PLAIN: tuple[Any, ...] = ([], (), {}, {}.keys(), {}.values(), {}.items(), set(), "", "é", b"")
# Iterables whose `iter` runs no one's code (what it gives is then asked of `_runs_no_code`).
_TAKEN_AHEAD = frozenset({*(type(x) for x in _PLAIN), range, enumerate, zip})
_PLAIN_ITERATORS = frozenset(type(iter(x)) for x in (*_PLAIN, range(0))) | {
    type(reversed([])),
    type(reversed(range(0))),
}


class TaskScope:
    """Calls started early and awaited where their results are needed."""

    def __init__(self) -> None:
        self._tasks: list[asyncio.Task[Any]] = []

    def start(self, coro: Awaitable[T]) -> Awaitable[T]:
        """``coro`` started, as a call `in_turn` (its task started), whose turn comes where
        the body takes its result, every statement before it done: what must wait for its
        place (an LM call whose messages hold an object of the user's, which the client
        formats: `turns.come`) waits for it; the rest runs at once."""
        started = coro if isinstance(coro, in_turn) else in_turn(coro)
        self._tasks.append(started.start())
        return started

    @shows
    async def __aenter__(self) -> TaskScope:
        return self

    @shows
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


def shared(task: Awaitable[T]) -> Awaitable[T]:
    """``task``, awaited by a chain while the body awaits it too: cancelling the chain (a
    failure earlier in program order decided the outcome) must not cancel the task, whose
    own result or failure the body still takes in program order. (A call `in_turn` is
    awaited without its turn coming: the body gives it, where it takes the result.)"""
    import asyncio

    return asyncio.shield(task.start() if isinstance(task, in_turn) else task)


# What turns a helper into its compiled twins: `api.concurrent`, and the twin whose calls run
# in order, handed over by the api (the runtime imports nothing of the compiler's side).
_Compile = Callable[[Callable[..., Any]], Callable[..., Any]]
_compilers: tuple[_Compile, _Compile] | None = None


def set_compiler(concurrent: _Compile, in_order: _Compile) -> None:
    """Called by the api: how `acall` and `acall_in_order` compile a helper."""
    global _compilers
    _compilers = (concurrent, in_order)


@shows
async def acall(fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
    """Call a helper of the user's through its compiled, concurrent twin. The name is looked
    up when the call runs: what it is bound to then (a test's mock, a function patched in
    after compiling) is compiled in turn, or, if it cannot be (or it is an ``async def``),
    called as it is: what it returns is the call's value, a coroutine too."""
    return await _call(0, fn, args, kwargs)


@shows
async def acall_in_order(fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
    """`acall`, where a failure may be caught (a `try` body, a `with` body): the helper's
    twin makes its calls one after another, as written, so a failure it raises leaves no
    call started that the sequential run would not have made."""
    return await _call(_IN_ORDER, fn, args, kwargs)


async def listed(items: Any) -> list[Any]:
    """``await _af.listed(<genexpr>)``: a generator expression making LM calls, in a body
    whose calls run one after another, that a callable takes whole (``sorted(...)``,
    ``", ".join(...)``): its items as a list, the generator expression run as written (a
    traceback shows its `<genexpr>` frame, as the sequential run's does). No frame of this
    one is left in a failure's traceback."""
    try:
        return [item async for item in items]
    except BaseException as exc:
        unwound(exc)
        raise


@shows
async def aawait(fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
    """``await helper(args)`` of an ``async def`` helper: `acall`, the value awaited."""
    return await _call(_AWAITED, fn, args, kwargs)


@shows
async def aawait_in_order(fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
    """`aawait` where a failure may be caught (see `acall_in_order`)."""
    return await _call(_AWAITED | _IN_ORDER, fn, args, kwargs)


# How `_call` calls a helper: its twin making its calls in order; the user awaited the call.
_IN_ORDER, _AWAITED = 1, 2


async def in_order_instead(fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
    """``if not _af.holds(x, str):`` ``return await _af.in_order_instead(f_as_written, x)``:
    what the function's analysis took on trust does not hold for this run, so its twin
    making its calls one after another runs instead. In its caller's place, where its caller
    is autoform's (`_call`, `stop_kept_out`: ``fn``'s twin is awaited there, `_TAKES_OVER`):
    a stack printed from inside then shows the user's frames alone, as the sequential run's
    does, not also the compiled function's at its ``def``."""
    return await _instead(_IN_ORDER, fn, args, kwargs)


@shows
async def awaited_in_order_instead(fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
    """`in_order_instead` of an ``async def``."""
    return await _instead(_AWAITED | _IN_ORDER, fn, args, kwargs)


async def _instead(how: int, fn: Callable[..., Any], args: Any, kwargs: Any) -> Any:
    if _TAKES_OVER.get() is fn:
        raise _TakeOver(how)
    return await _call(how, fn, args, kwargs)


# The function whose compiled twin autoform's code is entering, ready to run its in-order
# twin in its place (`in_order_instead`): as written, the original (a method's function).
_TAKES_OVER: ContextVar[Any] = own(ContextVar("autoform_takes_over", default=None))


class _TakeOver(BaseException):
    """Raised by a compiled function's entry check, before anything of it ran, to the code
    of autoform's that entered it: run its in-order twin (``how``, as `_call` takes it)."""

    def __init__(self, how: int) -> None:
        super().__init__()
        self.how = how


def _as_written(fn: Any) -> Any:
    """What a compiled function's code names as written (`load`): ``fn``'s function, past
    those compiled already."""
    raw = fn.__func__ if type(fn) is MethodType else fn
    if type(raw) is not FunctionType:
        # (an object called like a function: its class's `__call__` is what was compiled)
        call = inspect.getattr_static(type(raw), "__call__", None)
        raw = call if type(call) is FunctionType else raw
    while type(raw) is FunctionType and "source" in raw.__dict__ and hasattr(raw, "__wrapped__"):
        raw = raw.__wrapped__
    return raw


# What code generated before `hiding` calls: it hid the loop call by call, or ran the whole
# function as written. (Generated code now runs under `@_af.hides`; regenerate.)


async def as_written(fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
    """``return await _af.as_written(f_as_written, x)``: the whole function run as written,
    as `outside_loop` calls a function (code of the user's it may meet may reach an event
    loop where no step of a compiled body could hide it: `coroutines.runs_as_written`)."""
    return outside_loop(fn, *args, **kwargs)


def read_outside_loop(obj: Any, name: str) -> Any:
    """``obj.<name>``, read as `outside_loop` calls a function: a property that asks for, or
    runs, an event loop."""
    return outside_loop(getattr, obj, name)


class outside_loop_context:
    """A context manager that asks for, or runs, an event loop, entered and exited as
    `outside_loop` calls a function."""

    __slots__ = ("cm",)

    def __init__(self, cm: Any) -> None:
        self.cm = cm

    def __enter__(self) -> Any:
        return outside_loop(self.cm.__enter__)

    def __exit__(self, *exc: Any) -> Any:
        return outside_loop(self.cm.__exit__, *exc)


def as_compiled(primitives: tuple[Any, ...] = (), functions: tuple[Any, ...] = ()) -> bool:
    """``if not _af.as_compiled(primitives=(af.lm_call,), functions=(ask,)):`` on entry: is
    each name the function calls still bound to what it was compiled with, a primitive,
    a plain function? A test's ``mock.patch`` may have bound a `Mock` or a function of its
    own in its place: the function then runs as written. Reads types only (a callable
    object's `__getattr__` is the user's code)."""
    return all(type(f) in _PRIMITIVE_TYPES or _primitive(f) for f in primitives) and all(
        _function_as_compiled(f, set()) for f in functions
    )


def _function_as_compiled(fn: Any, seen: set[int]) -> bool:
    """Is ``fn`` a plain function whose own calls by module-level names are still what its
    twin was compiled with, and so on down its helpers? (A caller's schedule was made from
    its helpers' summaries: a mock behind a helper changes what the helper does.)"""
    if type(fn) is not FunctionType:
        return False
    if id(fn) in seen or _compilers is None:
        return True
    seen.add(id(fn))
    try:
        twin = _compilers[0](fn)
    except CompileError:
        return True  # (called as it is, as written: nothing of it was moved)
    for kind, dotted in getattr(twin, "__autoform_calls__", ()):
        head, _, rest = dotted.partition(".")
        value = fn.__globals__.get(head, _MISSING)
        for attr in rest.split(".") if rest else ():
            # (through modules only: what `assumed.compiled_calls` names)
            value = vars(value).get(attr, _MISSING) if type(value) is ModuleType else _MISSING
        if value is _MISSING:
            return False
        if kind == "primitives":
            if type(value) not in _PRIMITIVE_TYPES and not _primitive(value):
                return False
        elif not _function_as_compiled(value, seen):
            return False
    return True


_MISSING = object()


def _primitive(fn: Any) -> bool:
    kind = type(fn)
    # (read without running code of the user's: a callable object rebound in may have a
    # `__getattr__`, which the sequential call never runs)
    if inspect.getattr_static(fn, "__autoform_primitive__", None) is not None and callable(
        inspect.getattr_static(kind, "acall", None)
    ):
        _PRIMITIVE_TYPES.add(kind)
        return True
    return False


def prim(fn: Any) -> Any:
    """What a primitive's name is bound to when its call runs: the primitive itself, or
    (rebound since compiling: a `mock.patch` in the function) something whose ``.acall``
    calls the new binding as `acall` would call a helper."""
    if type(fn) in _PRIMITIVE_TYPES or _primitive(fn):
        return fn
    return _Rebound(fn)


# The classes of the primitives met so far (`af.lm_call`'s, `@af.primitive`'s).
_PRIMITIVE_TYPES: set[type] = set()


class _Rebound:
    __slots__ = ("fn",)

    def __init__(self, fn: Callable[..., Any]) -> None:
        self.fn = fn

    @shows
    async def acall(self, *args: Any, **kwargs: Any) -> Any:
        # What it is bound to now is unknown code: it runs in program order, in its turn
        # (a fanned-out loop's item, once the items before it are collected).
        await in_turn.acall()
        return await _call(0, self.fn, args, kwargs)


async def _call(how: int, fn: Callable[..., Any], args: Any, kwargs: Any) -> Any:
    if _compilers is None:
        raise RuntimeError(
            "autoform's runtime was used before anything was compiled: generated code runs "
            "through af.concurrent, af.sched or the code autoform-compile writes"
        )
    # What the user awaited is awaited; else only a compiled twin is. Called as it is (it
    # cannot be compiled, or an ``async def`` was rebound in, an `AsyncMock`), what a plain
    # call returns is its value, a coroutine too, as in the sequential program.
    awaited = bool(how & _AWAITED)
    made: Callable[..., Any] | None = None
    # (a function's own code, read off its type: a callable object's `__getattr__` is the
    # user's code, run by no read of the sequential program)
    raw: Any = fn
    if type(fn) is MethodType:
        raw = raw.__func__
    code = raw.__code__ if issubclass(type(raw), FunctionType) else None
    if awaited or not getattr(code, "co_flags", 0) & CO_COROUTINE:
        try:
            made = _compilers[how & _IN_ORDER](fn)
        except CompileError:
            made = None
    if made is None:
        try:
            result = call_hidden(fn, *args, **kwargs)
        except StopIteration as exc:
            raise stop_refused(fn, exc) from exc
        return await result if awaited else result
    token = _TAKES_OVER.set(_as_written(fn))
    try:
        if hiding_here():
            return await made(*args, **kwargs)
        with kept_in_loop():  # (an `async def` pipeline's: a `def` helper runs in its loop)
            return await made(*args, **kwargs)
    except _TakeOver as exc:
        took = exc.how
    except RuntimeError as exc:
        if isinstance(exc.__cause__, StopIteration) and "raised StopIteration" in str(exc):
            raise stop_refused(fn, exc.__cause__) from exc
        raise
    finally:
        _TAKES_OVER.reset(token)
    # (out of the handler: the twin runs handling no failure of autoform's)
    return await _call(took, fn, args, kwargs)


def stop_kept_out(made: Callable[..., Coroutine[Any, Any, T]]) -> Callable[..., Any]:
    """``made`` (a compiled function the user awaits), refusing a StopIteration that leaves
    it: the sequential function lets it reach its caller, but no awaited call can (PEP 479
    turns it into a RuntimeError, and an awaitable raising StopIteration returns). The
    refusal names the line it left from; one run from synchronous code (`runner.run_sync`)
    still hands the StopIteration itself to its caller. One per function: compiling a
    function again gives the same result."""
    kept: Callable[..., Any] | None = getattr(made, "__dict__", {}).get("_kept_out")
    if kept is not None:
        return kept

    original = getattr(made, "__wrapped__", made)

    async def run(*args: Any, **kwargs: Any) -> T:
        token = _TAKES_OVER.set(original)
        try:
            return await made(*args, **kwargs)
        except _TakeOver as exc:
            took = exc.how
        except RuntimeError as exc:
            stop = escaped_stop(exc)
            if stop is None:
                raise
            raise _stop_left(stop) from exc
        finally:
            _TAKES_OVER.reset(token)
        # The in-order twin in the entry check's place (`in_order_instead`), out of the
        # handler, awaited as the compiled function was (its own `@_af.hides` hides the
        # loop from it); a bound method's on its object.
        owner = getattr(made, "__self__", None) if type(made) is MethodType else None
        fn = original if owner is None else MethodType(original, owner)
        assert _compilers is not None  # (`made` was compiled)
        try:
            return await _compilers[took & _IN_ORDER](fn)(*args, **kwargs)  # type: ignore[no-any-return]
        except RuntimeError as exc:
            stop = escaped_stop(exc)
            if stop is None:
                raise
            raise _stop_left(stop) from exc

    functools.update_wrapper(run, made)  # name, doc, `.source`
    # The original function, as `made` says (not the generated one, nor the bound method).
    run.__wrapped__ = getattr(made, "__wrapped__", made)  # type: ignore[attr-defined]
    if isinstance(getattr(made, "__dict__", None), dict) and not inspect.ismethod(made):
        made.__dict__["_kept_out"] = run
    return run


def _stop_left(stop: StopIteration) -> CompileError:
    tb = stop.__traceback__
    assert tb is not None  # (`escaped_stop` found it in generated code)
    frame = tb.tb_frame
    inner = tb.tb_next
    source = f" (out of `{inner.tb_frame.f_code.co_qualname}`)" if inner is not None else ""
    return CompileError(
        f"a StopIteration left the function here{source}, and the concurrent version is "
        "awaited: Python turns a StopIteration leaving a coroutine into RuntimeError "
        "(PEP 479), so it cannot reach the caller as the sequential function lets it.",
        filename=frame.f_code.co_filename,
        line=tb.tb_lineno,
        construct="StopIteration out of the function",
        hint="Catch StopIteration in the function (or give next() a default) and return or "
        "raise something else.",
    )


def ranked(priority: float, aw: Awaitable[T]) -> Coroutine[Any, Any, T]:
    """``aw``, whose LM calls ask a cap for a place ``priority`` ahead of the calls of the
    code around it: a cap grants waiting calls the highest total first (ties: first come).

    For the longest-remaining-path-first order, the generated code passes the most calls
    that come after a step (`schedule.ranks`); the calls inside it (a helper's, a loop's
    items') add their own inside it, so ranks add up along the program's nesting. A rank
    of 0 is no wrapper at all."""
    return _Ranked(priority, aw)


class _Ranked(Coroutine[Any, Any, Any]):
    """`ranked`'s coroutine, by hand: one cancelled before it starts (a task the program no
    longer needs) closes the awaitable it was given, which an ``async def`` would leave
    behind, never awaited."""

    __slots__ = ("aw", "it", "priority", "token")

    def __init__(self, priority: float, aw: Awaitable[Any]) -> None:
        self.priority = priority
        self.aw = aw
        self.it: Any = None
        self.token: Any = None

    def __await__(self) -> Any:
        return self

    def __iter__(self) -> Any:
        return self

    def __next__(self) -> Any:
        try:
            return self.send(None)
        except BaseException as exc:
            if not isinstance(exc, StopIteration):
                unwound(exc)  # (this frame too)
            raise

    def _start(self) -> Any:
        if self.it is None:
            self.token = _rank.set(_rank.get() + self.priority)
            self.it = self.aw.__await__()
        return self.it

    def _end(self) -> None:
        if self.token is not None:
            _rank.reset(self.token)
            self.token = None

    def send(self, value: Any) -> Any:
        it = self._start()
        try:
            return it.send(value)
        except BaseException as exc:
            self._end()
            if not isinstance(exc, StopIteration):
                unwound(exc)  # (its frames leave the traceback the program may print)
            raise

    def throw(self, typ: Any, val: Any = None, tb: Any = None) -> Any:
        if self.it is None:  # never started: what it wraps will not be either
            self.close()
            raise typ if val is None else val
        try:
            return self.it.throw(typ, val, tb) if val is not None else self.it.throw(typ)
        except BaseException as exc:
            self._end()
            if not isinstance(exc, StopIteration):
                unwound(exc)
            raise

    def close(self) -> None:
        closing = self.it if self.it is not None else self.aw
        self.it = False  # (closed: neither started nor closed again)
        close = getattr(closing, "close", None)
        if close is not None:
            close()
        self._end()
