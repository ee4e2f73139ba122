"""Caps and rates on the LM calls: per program, and for everything run inside a block.

A cap bounds the calls in flight. It is held for a call's whole duration: taken before the
request is sent, given back when the reply or the failure arrives (or the call is
cancelled). Caps stack: a call inside ``with af.limits(max_concurrency=8, per_model=
{"gpt-5.5": 2}):`` made by a program compiled with ``max_concurrency=4`` waits for all three.
A cap is one count for the whole process: calls made on other threads, each on its own event
loop, take places from it too. Every call takes its caps in one fixed order, and no call
holds a cap while waiting for anything but another cap or a rate, so caps cannot deadlock.
A waiting call is granted a place ahead of those with a lower rank (`ranked`; the same rank:
first come, first served). The next call of a chain asks a little after the call before it
ends; so a call ranked above every waiting one keeps its place a few turns of its event loop
when it ends, for that next call to take (`Cap.give`). A fanned-out loop under a cap starts
its items as places come free (`Backlog`).

A rate bounds requests (``rpm``) or tokens (``tpm``) per minute, as a leaky bucket
(``aiolimiter``): a burst of up to the rate, then the rate's pace. A call takes its rates
once it holds its caps, just before its request is sent. Tokens are charged before sending
at an estimate (the prompt's characters / 4, plus ``max_tokens`` when the call sets it), then
corrected to the total the provider reports once the reply arrives: a call that used more
leaves a debt the next calls wait for, one that used less gives the difference back.

Retries and timeouts stay LiteLLM's (``num_retries``, ``timeout``, a ``litellm.Router``): a
call holds its caps across LiteLLM's retries of it, so a cap bounds requests in flight,
retries included; a rate counts the call once, however often LiteLLM retries it.
"""

from __future__ import annotations

import heapq
import threading
from collections import deque
from collections.abc import Mapping, Sequence
from contextvars import ContextVar
from types import TracebackType
from typing import Any

from .contexts import own
from .rates import (
    ORDER,
    Rate,
    estimate_tokens,
    rates_loop,
    reported_tokens,
    settle_rates,
    take_rates,
)

__all__ = [
    "Backlog",
    "Cap",
    "Limits",
    "Rate",
    "backlog",
    "capped",
    "hold",
    "limits",
    "rank",
    "using",
]

_order = ORDER


_Waiter: Any = None


def _waiter() -> Any:
    """A future a call waits on for a place, on its own event loop, with two flags:
    ``granted`` (a place was handed to it) and ``gone`` (it stopped waiting: skip it)."""
    global _Waiter
    if _Waiter is None:
        import asyncio

        class Waiter(asyncio.Future):  # type: ignore[type-arg]
            # One object per waiting call, not a future and a record of it: a fan-out of
            # 10,000 calls under a cap keeps nearly all of them waiting at once.
            __slots__ = ("gone", "granted")

        _Waiter = Waiter
    waiter = _Waiter()
    waiter.granted = waiter.gone = False
    return waiter


def _wake(waiter: Any) -> bool:
    """Tell ``waiter`` it has its place; False if its loop is closed (it never will run)."""
    import asyncio

    loop = waiter.get_loop()
    if loop is asyncio._get_running_loop():
        _resolve(waiter)
        return True
    try:
        loop.call_soon_threadsafe(_resolve, waiter)
    except RuntimeError:
        return False
    return True


# How many turns of its event loop a place is kept for the next call of a chain (`Cap.give`):
# the call's task ends, the task of the chain's next call wakes up (through `shared`), asks.
_KEEP_TURNS = 4


def _after_turns(loop: Any, turns: int, then: Any, *args: Any) -> None:
    if turns <= 0:
        then(*args)
    else:
        loop.call_soon(_after_turns, loop, turns - 1, then, *args)


def _resolve(waiter: Any) -> None:
    if not waiter.done():  # cancelled meanwhile: it gives the place back itself
        waiter.set_result(None)


class Cap:
    """At most ``n`` calls at once (of ``model`` only, when given), counted across every
    thread and event loop of the process."""

    def __init__(self, n: int, model: str | None = None) -> None:
        if isinstance(n, bool) or not isinstance(n, int) or n < 1:
            raise ValueError(f"max_concurrency must be a whole number, at least 1, not {n!r}")
        self.n = n
        self.model = model
        self.order = next(_order)
        self._lock = threading.Lock()
        self._used = 0
        # The calls waiting, one queue per rank (first come, first served within it) and the
        # ranks waited at, highest first (a heap of their negatives): with one rank, as
        # when nothing ranks calls, a place changes hands in constant time.
        # Invariant: a call waits only while every place is used, and a place given back
        # goes straight to the next waiter: `_used < n` means nobody is waiting.
        self._queues: dict[float, deque[Any]] = {}
        self._ranks: list[float] = []
        # Places a call ranked above every waiting one gave back, kept a few turns of its
        # event loop for the next call of its chain (`give`): the loop of each; counted in
        # `_used`.
        self._kept: list[Any] = []

    def applies_to(self, model: str) -> bool:
        return self.model is None or self.model == model

    @property
    def in_use(self) -> int:
        """Places held now."""
        return self._used

    def take_now(self) -> bool:
        """Take a place if one is free, without waiting."""
        with self._lock:
            if self._used < self.n:
                self._used += 1
                return True
        return False

    def ask(self, rank: float = 0) -> Any:
        """Take a free place (None), or queue for one: the future to await for it, which,
        if the wait ends otherwise (a cancellation), must be handed to `forget`."""
        if self._kept:
            self._reclaim()
        with self._lock:
            if self._used < self.n:
                self._used += 1
                return None
            if self._kept and (not self._ranks or rank > -self._ranks[0]):
                self._kept.pop()  # ranked above every waiting call: it takes a kept place
                return None
            waiter = _waiter()
            queue = self._queues.get(rank)
            if queue is None:
                queue = self._queues[rank] = deque()
                heapq.heappush(self._ranks, -rank)
            queue.append(waiter)
            return waiter

    def forget(self, waiter: Any) -> None:
        """``waiter`` stopped waiting: it holds no place (one granted meanwhile is passed on)."""
        with self._lock:
            granted, waiter.gone = waiter.granted, True
        if granted:
            self.give()

    async def take(self, rank: float = 0) -> None:
        """Wait for a place. Cancelled while waiting, it holds none."""
        waiter = self.ask(rank)
        if waiter is not None:
            try:
                await waiter
            except BaseException:
                self.forget(waiter)
                raise

    def give(self, rank: float = 0) -> None:
        """Give a place back: to the waiting call ranked first, or to the pool.

        A call ``rank``-ed with calls after it, above every waiting call, is followed by
        the next call of its chain, which asks a few turns of the event loop later (its
        task wakes up once this one's is done): the place is kept for it that long, so it
        goes ahead of the waiting calls as it would had it been waiting already."""
        if self._kept:
            self._reclaim()
        if rank > 1 and self._keep(rank):
            return
        self._hand_on()

    def _keep(self, rank: float) -> bool:
        import asyncio

        loop = asyncio._get_running_loop()
        with self._lock:
            ranks = self._ranks
            if loop is None or not ranks or -ranks[0] >= rank - 1:
                return False
            queue = self._queues[-ranks[0]]
            if not queue or queue[0].get_loop() is not loop:
                return False  # the loop that would hand it on may end before its turns
            self._kept.append(loop)
        _after_turns(loop, _KEEP_TURNS, self._unkeep, loop)
        return True

    def _unkeep(self, loop: Any) -> None:
        with self._lock:
            if loop not in self._kept:
                return  # taken meanwhile by a call ranked above the waiting ones
            self._kept.remove(loop)
        self._hand_on()

    def _reclaim(self) -> None:
        """Places kept on an event loop closed before its turns came (its program ended)
        are handed on now."""
        with self._lock:
            ended = [loop for loop in self._kept if loop.is_closed()]
            for loop in ended:
                self._kept.remove(loop)
        for _ in ended:
            self._hand_on()

    def _hand_on(self) -> None:
        with self._lock:
            ranks, queues = self._ranks, self._queues
            while ranks:
                queue = queues[-ranks[0]]
                while queue:
                    waiter = queue.popleft()
                    if waiter.gone:
                        continue
                    waiter.granted = True
                    if _wake(waiter):
                        return
                    waiter.gone = True  # its loop closed while it waited
                del queues[-heapq.heappop(ranks)]
            self._used -= 1

    def __repr__(self) -> str:
        return f"Cap({self.n}{f', model={self.model!r}' if self.model else ''})"


Limit = Cap | Rate
_active: ContextVar[tuple[Limit, ...]] = own(ContextVar("autoform_limits", default=()))
# How far ahead of others a call made in this context asks a cap for a place (`ranked`).
rank: ContextVar[float] = own(ContextVar("autoform_rank", default=0))


class Backlog:
    """The calls of a fanned-out loop's items waiting for a cap (`runtime.fan_out`): the
    loop starts no more items while as many wait as the cap has places, and goes on when
    half of them got one. Items beyond those would only wait too, each a task and its
    coroutines kept alive meanwhile: 10,000 of them make every garbage collection walk
    them all. Counted on the loop's event loop only (a call of another thread's loop,
    started from an item, does not count)."""

    __slots__ = ("limit", "loop", "resume", "waiting")

    def __init__(self, loop: Any) -> None:
        self.loop = loop
        self.waiting = 0
        self.limit = 0  # the places of the cap waited for last
        self.resume: Any = None  # a future the loop awaits while it holds back

    @property
    def full(self) -> bool:
        return self.limit > 0 and self.waiting >= self.limit

    def left(self) -> None:
        """A call stopped waiting (it got its place, or it was cancelled)."""
        self.waiting -= 1
        resume = self.resume
        if resume is not None and self.waiting <= self.limit // 2 and not resume.done():
            resume.set_result(None)


# The items of the fanned-out loop the call belongs to, if any.
backlog: ContextVar[Backlog | None] = own(ContextVar("autoform_backlog", default=None))


def capped() -> bool:
    """Does a cap hold for the calls made here?"""
    return any(isinstance(lim, Cap) for lim in _active.get())


def _add(active: tuple[Limit, ...], more: Sequence[Limit]) -> tuple[Limit, ...]:
    # Kept sorted by creation: every call takes its limits in this one order.
    return tuple(sorted((*active, *more), key=lambda lim: lim.order))


class using:  # lower case: used as a function, `with using(cap):`
    """Add ``limits`` for the calls made in this context (and the tasks it starts)."""

    __slots__ = ("_limits", "_token")

    def __init__(self, *limits: Limit) -> None:
        self._limits = limits
        self._token: Any = None

    def __enter__(self) -> None:
        self._token = _active.set(_add(_active.get(), self._limits))

    def __exit__(self, *exc: object) -> None:
        _active.reset(self._token)


class Limits:
    """Caps and rates for everything run inside ``with`` blocks of this object: they are
    made once, here, so every block entered with it (on any thread, in any task) shares them.
    """

    def __init__(self, limits: Sequence[Limit]) -> None:
        self.limits = tuple(limits)

    def __enter__(self) -> Limits:
        _active.set(_add(_active.get(), self.limits))
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # One occurrence of each of ours goes: blocks of one object may nest, on this thread
        # or in tasks, so a token of one entry is not the way back.
        rest = list(_active.get())
        for lim in self.limits:
            if lim in rest:
                rest.remove(lim)
        _active.set(tuple(rest))

    def __repr__(self) -> str:
        return f"af.limits({', '.join(map(repr, self.limits))})"


_MODEL_KEYS = ("max_concurrency", "rpm", "tpm")


def limits(
    max_concurrency: int | None = None,
    per_model: Mapping[str, int | Mapping[str, float]] | None = None,
    *,
    rpm: float | None = None,
    tpm: float | None = None,
) -> Limits:
    """Caps and rates on the LM calls made inside the block, shared by every program and
    nested program started there, on this thread and any other::

        with af.limits(max_concurrency=16, rpm=500, per_model={"gpt-5.5": 4}):
            answers = await asyncio.gather(*(pipeline(q) for q in questions))

    ``max_concurrency``: calls in flight; ``rpm``, ``tpm``: requests and tokens per minute;
    ``per_model``: the same for one model, as ``{"gpt-5.5": 4}`` (calls in flight) or
    ``{"gpt-5.5": {"max_concurrency": 4, "rpm": 60, "tpm": 30_000}}``. Each call of the
    function makes new limits; one object entered on several threads shares its limits::

        shared = af.limits(max_concurrency=2)
        def handle(request):  # on any of a server's worker threads
            with shared:
                return scheduled.call(request)
    """
    made: list[Limit] = []

    def add(model: str | None, n: Any, rpm: Any, tpm: Any) -> None:
        if n is not None:
            made.append(Cap(n, model))
        if rpm is not None:
            made.append(Rate(rpm, "requests", model))
        if tpm is not None:
            made.append(Rate(tpm, "tokens", model))

    add(None, max_concurrency, rpm, tpm)
    for model, spec in (per_model or {}).items():
        if isinstance(spec, Mapping):
            unknown = sorted(set(spec) - set(_MODEL_KEYS))
            if unknown:
                raise ValueError(
                    f"per_model[{model!r}]: unknown {', '.join(map(repr, unknown))}; "
                    f"a model's limits are {', '.join(_MODEL_KEYS)}"
                )
            add(model, spec.get("max_concurrency"), spec.get("rpm"), spec.get("tpm"))
        else:
            add(model, spec, None, None)
    return Limits(made)


# The caps and rates that apply to a call of a model, by the limits in force: the last one
# worked out (a fan-out asks the same thousands of times; one tuple, so threads can share it).
_last: tuple[Any, str, tuple[Cap, ...], tuple[Rate, ...]] = ((), "", (), ())


def _applying(active: tuple[Limit, ...], model: str) -> tuple[tuple[Cap, ...], tuple[Rate, ...]]:
    global _last
    last = _last
    if last[0] is active and last[1] == model:
        return last[2], last[3]
    caps: list[Cap] = []
    rates: list[Rate] = []
    previous = None
    for lim in active:  # sorted by creation: one order for every call
        if lim is previous or not lim.applies_to(model):
            continue  # the same block entered twice counts once
        previous = lim
        if isinstance(lim, Cap):
            caps.append(lim)
        else:
            rates.append(lim)
    _last = (active, model, tuple(caps), tuple(rates))
    return _last[2], _last[3]


class Held:
    """The caps and rates one call holds (`hold`)."""

    __slots__ = ("_caps", "_messages", "_model", "_rank", "_request", "_tokens")

    def __init__(self, model: str, messages: Sequence[Any], request: Mapping[str, Any]) -> None:
        self._model = model
        self._messages = messages
        self._request = request
        self._caps: Sequence[Cap] = ()
        self._tokens: Sequence[tuple[Rate, float]] = ()  # token rates and what was charged
        self._rank: float = 0

    async def __aenter__(self) -> Held:
        active = _active.get()
        if not active:
            return self
        caps, rates = _applying(active, self._model)
        self._rank = ranked = rank.get()
        for i, cap in enumerate(caps):
            waiter = cap.ask(ranked)
            if waiter is not None:
                items = backlog.get()
                if items is not None and items.loop is not waiter.get_loop():
                    items = None
                if items is not None:
                    items.waiting += 1
                    items.limit = cap.n
                try:
                    await waiter
                except BaseException:
                    cap.forget(waiter)
                    self._caps = caps[:i]
                    self._give()
                    raise
                finally:
                    if items is not None:
                        items.left()
        self._caps = caps
        if rates:
            try:
                await self._take(rates)
            except BaseException:
                self._give()
                raise
        return self

    async def _take(self, rates: Sequence[Rate]) -> None:
        import asyncio

        estimate = 0
        charges: list[tuple[Rate, float]] = []
        for rate in rates:
            if rate.unit == "tokens":
                estimate = estimate or estimate_tokens(self._messages, self._request)
                charges.append((rate, estimate))
            else:
                charges.append((rate, 1))
        taking = asyncio.run_coroutine_threadsafe(take_rates(charges), rates_loop())
        # A cancelled call stops waiting for its rates; what was taken stays spent.
        await asyncio.wrap_future(taking)
        self._tokens = [(r, amount) for r, amount in charges if r.unit == "tokens"]

    def charge(self, response: Any) -> None:
        """The reply arrived: correct the tokens charged to what the provider reported."""
        if not self._tokens:
            return
        used = reported_tokens(response)
        if used is None:
            return  # nothing reported: the estimate stands
        corrections = [(r, used - charged) for r, charged in self._tokens]
        self._tokens = ()
        rates_loop().call_soon_threadsafe(settle_rates, corrections)

    def _give(self, done: bool = False) -> None:
        caps, self._caps = self._caps, ()
        rank = self._rank if done else 0  # a call that did not run has no chain to go on
        for cap in reversed(caps):
            cap.give(rank)

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._caps:
            self._give(done=exc is None)


def hold(
    model: str, messages: Sequence[Any] = (), request: Mapping[str, Any] | None = None
) -> Held:
    """``async with hold(model, messages, request) as held:`` takes every cap and rate that
    applies to a call of ``model`` for the block; ``held.charge(response)`` corrects the
    tokens charged once the reply is in."""
    return Held(model, messages, request or {})
