"""The records of a timeline: one frozen `CallRecord` a call, the `Summary` of many, and the
critical path read from their timings. Plain data, built by `Timeline.calls`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

__all__ = ["CallRecord", "Summary", "critical_path", "summarize"]


@dataclass(frozen=True)
class CallRecord:
    """One recorded call. Times are seconds from the timeline's start."""

    index: int  # in the order the calls began
    name: str  # "lm_call", "lm_response", or the qualified name of an @af.primitive
    file: str  # where the call stands in the user's code
    line: int
    function: str  # the user's function it stands in
    model: str | None
    issued: float  # the call began (then waited for its caps, if any)
    start: float  # its request was sent
    end: float | None  # the reply or failure arrived; None while it runs
    prompt_tokens: int | None
    completion_tokens: int | None
    total_tokens: int | None
    cost: float | None  # USD, as LiteLLM prices it; None when unknown
    error: str | None  # the exception's type name, when it failed
    cancelled: bool  # cancelled: its result no longer mattered (or the run was stopped)

    @property
    def duration(self) -> float:
        """Seconds from sending to the reply (0 while it runs)."""
        return 0.0 if self.end is None else self.end - self.start

    @property
    def waited(self) -> float:
        """Seconds spent waiting for caps before sending."""
        return self.start - self.issued

    @property
    def ok(self) -> bool:
        return self.end is not None and self.error is None and not self.cancelled

    @property
    def site(self) -> str:
        """``file.py:LINE``, the file's base name."""
        return f"{Path(self.file).name}:{self.line}"

    @property
    def status(self) -> str:
        if self.cancelled:
            return "cancelled"
        if self.error is not None:
            return f"failed: {self.error}"
        return "running" if self.end is None else "ok"

    @property
    def label(self) -> str:
        """What the call was: the model for an LM call, the primitive's name otherwise."""
        what = self.model if self.name in ("lm_call", "lm_response") and self.model else self.name
        return f"{what} at {self.site}"


@dataclass(frozen=True)
class Summary:
    """A timeline in numbers. Only calls that have finished count.

    ``wall``: from the first call's start to the last call's end. ``busy``: the calls'
    durations summed. ``overlap``: ``busy / wall`` (1.0 when the calls ran one at a time,
    2.0 when two were in flight on average). ``critical_path``: the chain of calls, each
    sent after the previous one's reply arrived, whose durations sum highest (cancelled
    calls left out), and ``critical`` its sum: if each call on it needed the previous one's
    reply, no schedule could take less. It is read from the timings, not from the program.
    ``wall - critical`` is time outside that chain: waiting for caps, the user's own code.
    """

    wall: float
    busy: float
    overlap: float
    calls: int
    failures: int
    cancelled: int
    critical_path: tuple[CallRecord, ...]
    critical: float
    tokens: int | None  # total tokens, where the provider reported them
    cost: float | None  # USD, summed over the calls LiteLLM could price

    def __str__(self) -> str:
        lines = [
            f"{self.calls} calls ({self.failures} failed, {self.cancelled} cancelled) "
            f"in {self.wall:.2f} s wall, {self.busy:.2f} s of calls: overlap {self.overlap:.2f}x",
            f"critical path: {self.critical:.2f} s over {len(self.critical_path)} calls: "
            + " -> ".join(c.site for c in self.critical_path),
        ]
        if self.tokens is not None:
            cost = f", ${self.cost:.6f}" if self.cost is not None else ""
            lines.append(f"tokens: {self.tokens}{cost}")
        return "\n".join(lines)


def critical_path(calls: list[CallRecord]) -> tuple[CallRecord, ...]:
    """The chain of finished, non-cancelled calls, each starting no earlier than the
    previous one ended, with the largest summed duration (the earliest such chain on ties)."""
    import bisect

    done = sorted(
        (c for c in calls if c.end is not None and not c.cancelled), key=lambda c: (c.end, c.start)
    )
    ends: list[float] = []
    best_upto: list[int] = []  # index in `done` of the best chain ending at or before ends[k]
    best: list[float] = []
    before: list[int] = []
    for i, c in enumerate(done):
        k = bisect.bisect_right(ends, c.start) - 1
        prev = best_upto[k] if k >= 0 else -1
        best.append(c.duration + (best[prev] if prev >= 0 else 0.0))
        before.append(prev)
        assert c.end is not None
        ends.append(c.end)
        top = best_upto[-1] if best_upto else -1
        best_upto.append(i if top < 0 or best[i] > best[top] else top)
    if not done:
        return ()
    chain = []
    at = best_upto[-1]
    while at >= 0:
        chain.append(done[at])
        at = before[at]
    return tuple(reversed(chain))


def summarize(calls: list[CallRecord]) -> Summary:
    """The summary of finished ``calls`` (see `Summary`)."""
    if not calls:
        return Summary(0.0, 0.0, 0.0, 0, 0, 0, (), 0.0, None, None)
    wall = max(c.end or 0.0 for c in calls) - min(c.start for c in calls)
    busy = sum(c.duration for c in calls)
    path = critical_path(calls)
    tokens = [c.total_tokens for c in calls if c.total_tokens is not None]
    costs = [c.cost for c in calls if c.cost is not None]
    return Summary(
        wall=wall,
        busy=busy,
        overlap=busy / wall if wall > 0 else 1.0,
        calls=len(calls),
        failures=sum(c.error is not None for c in calls),
        cancelled=sum(c.cancelled for c in calls),
        critical_path=path,
        critical=sum(c.duration for c in path),
        tokens=sum(tokens) if tokens else None,
        cost=sum(costs) if costs else None,
    )
