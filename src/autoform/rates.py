"""Rates on the LM calls: requests or tokens per minute, as leaky buckets (``aiolimiter``)
that hold across every thread and event loop of the process (see `limits` for how a call
takes them, with its caps)."""

from __future__ import annotations

import itertools
import os
import threading
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = [
    "ORDER",
    "Rate",
    "estimate_tokens",
    "rates_loop",
    "reported_tokens",
    "settle_rates",
    "take_rates",
]

# Caps and rates are taken in the order they were made: one order for every call.
ORDER = itertools.count()
# The seconds in a rate's window: a minute (tests shrink it to keep their runs short).
_MINUTE = 60.0


class Rate:
    """At most ``per_minute`` requests (``unit="requests"``) or tokens (``unit="tokens"``)
    per minute, of ``model`` only when given, across every thread and event loop."""

    def __init__(self, per_minute: float, unit: str, model: str | None = None) -> None:
        name = "rpm" if unit == "requests" else "tpm"
        if isinstance(per_minute, bool) or not isinstance(per_minute, int | float):
            raise ValueError(f"{name} must be a number, not {per_minute!r}")
        if not per_minute > 0:
            raise ValueError(f"{name} must be more than 0, not {per_minute!r}")
        self.per_minute = float(per_minute)
        self.unit = unit
        self.model = model
        self.order = next(ORDER)
        self.window = _MINUTE
        self._limiter: Any = None  # made on the rates' loop, the only one that touches it

    def applies_to(self, model: str) -> bool:
        return self.model is None or self.model == model

    def limiter(self) -> Any:
        if self._limiter is None:
            self._limiter = _limiter_class()(self.per_minute, self.window)
        return self._limiter

    def __repr__(self) -> str:
        model = f", model={self.model!r}" if self.model else ""
        return f"Rate({self.per_minute:g} {self.unit} per minute{model})"


_Limiter: Any = None


def _limiter_class() -> Any:
    global _Limiter
    if _Limiter is None:
        from aiolimiter import AsyncLimiter

        class Limiter(AsyncLimiter):  # type: ignore[misc]
            def settle(self, amount: float) -> None:
                """Charge (or give back) ``amount`` without waiting: the correction of what
                was charged before sending, once the provider has said what it used."""
                self._leak()
                self._level = max(self._level + amount, 0.0)
                self._wake_next()

        _Limiter = Limiter
    return _Limiter


class _RatesLoop:
    """One event loop, on a thread of its own, where every rate's limiter lives: an
    ``aiolimiter.AsyncLimiter`` belongs to one loop, and a rate must hold across all of them.
    A call asks it for its rates and waits on its own loop for the answer."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loop: Any = None

    def loop(self) -> Any:
        with self._lock:
            if self._loop is None:
                import asyncio

                loop = asyncio.new_event_loop()
                threading.Thread(
                    target=loop.run_forever, name="autoform-rates", daemon=True
                ).start()
                self._loop = loop
            return self._loop


_rates_loop = _RatesLoop()


def rates_loop() -> Any:
    """The loop every rate's limiter lives on (this process's: a fork starts its own)."""
    return _rates_loop.loop()


def _forget_after_fork() -> None:
    # A forked child has no rates' thread; it starts its own. (Each process has its own
    # counts: a limit holds within one process.)
    global _rates_loop
    _rates_loop = _RatesLoop()


os.register_at_fork(after_in_child=_forget_after_fork)


async def take_rates(charges: Sequence[tuple[Rate, float]]) -> None:
    for rate, amount in charges:  # on the rates' loop
        await rate.limiter().acquire(min(amount, rate.per_minute))


def settle_rates(charges: Sequence[tuple[Rate, float]]) -> None:
    for rate, amount in charges:  # on the rates' loop
        rate.limiter().settle(amount)


def estimate_tokens(messages: Sequence[Any], request: Mapping[str, Any] | None = None) -> int:
    """What a request will use, told before it is sent: its text's characters / 4 (a usual
    ratio for English with the common tokenizers), a few per message, and its
    ``max_tokens`` when set (providers count that against the limit too)."""
    chars = sum(_chars(m.get("content", "") if type(m) is dict else m, 0) for m in messages)
    most = (request or {}).get("max_tokens")
    reply = most if isinstance(most, int) and not isinstance(most, bool) else 0
    return chars // 4 + 4 * len(messages) + reply


def _chars(value: Any, depth: int) -> int:
    """The characters of the text in ``value``, looking only into builtin values by their
    exact types (a `__len__` or `__str__` of the user's runs in no estimate: the
    sequential run would not have run it); anything else counts a typical message's."""
    kind = type(value)
    if kind is str:
        return len(value)
    if issubclass(kind, str):
        return str.__len__(value)
    if depth < 4 and kind in (list, tuple):
        return sum(_chars(v, depth + 1) for v in value)
    if depth < 4 and kind is dict:
        return sum(_chars(v, depth + 1) for v in value.values())
    return 0 if value is None or kind in (int, float, bool) else _TYPICAL


_TYPICAL = 400  # characters: a paragraph, for a content whose text cannot be told


def reported_tokens(response: Any) -> int | None:
    total = _field(_field(response, "usage"), "total_tokens")
    return total if isinstance(total, int) and not isinstance(total, bool) else None


def _field(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)
