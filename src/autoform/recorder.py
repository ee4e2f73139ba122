"""The recorder behind ``af.timeline``: the only part of it every call touches.

A context variable holds the timelines recording (none, almost always: then a call pays one
lookup of it). `record`/`arecord` run a call as a `Span` handed to each `Sink` recording;
the LM adapter reports to the span in progress when the request is sent (`note_sent`, after
the caps) and what the provider said it used (`note_response`). The records, summaries and
charts built from spans are in `autoform.timelines`, imported only when a timeline is used:
it stands above this module, which knows a timeline only as a `Sink`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Coroutine
from contextvars import ContextVar
from typing import Any, Protocol

from .contexts import own

__all__ = ["Sink", "Span", "arecord", "note_response", "note_sent", "record", "recording"]


class Sink(Protocol):
    """What records calls (a timeline): it keeps each span it is given, from another thread
    too, and reads it later (a span changes until its call ends)."""

    # Private on a timeline, whose users never call it; the recorder does.
    def _add(self, span: Span) -> None: ...


class Span:
    """One call as it happens, in absolute ``perf_counter`` seconds; shared by every
    timeline recording it."""

    __slots__ = (
        "cancelled",
        "completion_tokens",
        "cost",
        "end",
        "error",
        "file",
        "function",
        "issued",
        "line",
        "model",
        "name",
        "prompt_tokens",
        "start",
        "total_tokens",
    )

    def __init__(self, name: str, site: Any, model: Any) -> None:
        code = site.f_code
        self.name = name
        self.file: str = code.co_filename
        self.line: int = site.f_lineno
        self.function = _function_name(code.co_qualname)
        self.model = model if isinstance(model, str) else None
        self.issued = self.start = 0.0
        self.end: float | None = None
        self.prompt_tokens: int | None = None
        self.completion_tokens: int | None = None
        self.total_tokens: int | None = None
        self.cost: float | None = None
        self.error: str | None = None
        self.cancelled = False

    def begin(self, sinks: tuple[Sink, ...]) -> None:
        self.issued = self.start = time.perf_counter()
        for sink in sinks:
            sink._add(self)


# The sinks recording now (nested timeline blocks each record), and the call in progress,
# which the LM adapter reports the request's sending and its usage to.
active: ContextVar[tuple[Sink, ...]] = own(ContextVar("autoform_timelines", default=()))
_current: ContextVar[Span | None] = own(ContextVar("autoform_timeline_call", default=None))


def _function_name(qualname: str) -> str:
    # Generated code lives in a factory, and a fanned-out loop's body in a local function:
    # the user knows the function they wrote, the outermost one of the user's.
    parts = [p for p in qualname.split(".<locals>.") if p != "__autoform_factory__"]
    return parts[0] if parts else qualname


def recording() -> tuple[Sink, ...]:
    """The timelines recording in this context (empty, almost always)."""
    return active.get()


def record(
    sinks: tuple[Sink, ...],
    name: str,
    site: Any,
    model: Any,
    fn: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> Any:
    """Run ``fn(*args, **kwargs)`` (synchronous), recorded as a call made at frame ``site``."""
    span = Span(name, site, model)
    span.begin(sinks)
    token = _current.set(span)
    try:
        return fn(*args, **kwargs)
    except BaseException as exc:
        span.error = type(exc).__name__
        raise
    finally:
        span.end = time.perf_counter()
        _current.reset(token)


def arecord(
    sinks: tuple[Sink, ...],
    name: str,
    site: Any,
    model: Any,
    fn: Callable[..., Coroutine[Any, Any, Any]],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> Coroutine[Any, Any, Any]:
    """The coroutine of ``fn(*args, **kwargs)``, recorded from when it starts running."""
    span = Span(name, site, model)  # now: the caller's frame is still this line

    async def run() -> Any:
        import asyncio

        span.begin(sinks)
        token = _current.set(span)
        try:
            # Made here, not by the caller: a task cancelled before it starts never runs
            # this, and leaves no coroutine that was never awaited.
            return await fn(*args, **kwargs)
        except asyncio.CancelledError:
            span.cancelled = True
            raise
        except BaseException as exc:
            span.error = type(exc).__name__
            raise
        finally:
            span.end = time.perf_counter()
            _current.reset(token)

    return run()


def note_sent() -> None:
    """The call in progress has its caps and sends its request now."""
    span = _current.get()
    if span is not None:
        span.start = time.perf_counter()


def note_response(response: Any) -> None:
    """Take the tokens and cost the provider reported from a LiteLLM-shaped response."""
    span = _current.get()
    if span is None:
        return
    usage = _field(response, "usage")
    if usage is not None:
        span.prompt_tokens = _int(_field(usage, "prompt_tokens"))
        span.completion_tokens = _int(_field(usage, "completion_tokens"))
        span.total_tokens = _int(_field(usage, "total_tokens"))
    # LiteLLM prices the call from the price list it ships (offline) and keeps the result
    # with the response; models it has no price for have none.
    hidden = getattr(response, "_hidden_params", None)
    cost = hidden.get("response_cost") if isinstance(hidden, dict) else None
    if isinstance(cost, int | float) and not isinstance(cost, bool):
        span.cost = float(cost)


def _field(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
