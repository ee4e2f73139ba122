"""A run timeline: which LM calls a program made, where, when, for how long, at what cost.

``with af.timeline() as tl:`` records every call of ``af.lm_call`` and of the primitives
declared with ``@af.primitive`` made inside the block, by the programs run there and the
tasks and worker threads they start (a context variable carries the recorder, so outside a
block a call pays one lookup of it). Each record names the call site in the user's file:
generated code is compiled under the user's file name and line numbers, so the frame that
calls ``lm_call.acall`` is a line the user wrote.

A record's times are ``time.perf_counter()`` seconds from the timeline's start: ``issued``
when the call began, ``start`` when its request was sent (after waiting for the caps of
``af.limits`` / ``max_concurrency``), ``end`` when the reply or the failure arrived. LiteLLM's
retries (``num_retries=``, a Router's) happen inside one recorded call: a retried call is
one longer record.

Outputs: `Timeline.summary` (wall time, overlap, the critical path), `Timeline.gantt` (a
mermaid chart), and `Timeline.save` to ``.html`` (a self-contained page, inline SVG),
``.json`` (Chrome trace events, for Perfetto or chrome://tracing) or ``.mmd`` (the chart).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .recorder import active

if TYPE_CHECKING:
    from .recorder import _Span

__all__ = ["CallRecord", "Summary", "Timeline", "timeline"]

# ======================================================================================
# RECORDS
# ======================================================================================


@dataclass(frozen=True)
class CallRecord:
    """One recorded call. Times are seconds from the timeline's start."""

    index: int  # in the order the calls began
    name: str  # "lm_call", or the qualified name of an @af.primitive
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
        what = self.model if self.name == "lm_call" and self.model else self.name
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


# ======================================================================================
# TIMELINE
# ======================================================================================


class Timeline:
    """The calls recorded by one ``with af.timeline()`` block (see the module's docs)."""

    def __init__(self) -> None:
        self.t0 = time.perf_counter()
        self.t1: float | None = None  # the block's end
        self._spans: list[_Span] = []
        self._lock = threading.Lock()  # calls made in worker threads record too

    def _add(self, span: _Span) -> None:
        with self._lock:
            self._spans.append(span)

    @property
    def calls(self) -> list[CallRecord]:
        """The calls recorded so far, in the order they began."""
        with self._lock:
            spans = list(self._spans)
        t0 = self.t0
        return [
            CallRecord(
                index=k,
                name=s.name,
                file=s.file,
                line=s.line,
                function=s.function,
                model=s.model,
                issued=s.issued - t0,
                start=s.start - t0,
                end=None if s.end is None else s.end - t0,
                prompt_tokens=s.prompt_tokens,
                completion_tokens=s.completion_tokens,
                total_tokens=s.total_tokens,
                cost=s.cost,
                error=s.error,
                cancelled=s.cancelled,
            )
            for k, s in enumerate(spans)
        ]

    def summary(self) -> Summary:
        """Wall time, overlap, failures and the critical path of the finished calls."""
        return _summarize([c for c in self.calls if c.end is not None])

    def gantt(self, title: str | None = None) -> str:
        """A mermaid ``gantt`` chart of the calls; the critical path is marked ``crit``."""
        return _gantt(self.calls, title)

    def html(self, title: str = "autoform timeline") -> str:
        """A self-contained HTML page (inline SVG, no script, nothing fetched)."""
        return _html(self.calls, title)

    def trace(self) -> dict[str, Any]:
        """The calls as Chrome trace events (``json.dump`` it; Perfetto opens it)."""
        return _trace(self.calls)

    def save(self, path: str | Path) -> Path:
        """Write the timeline to ``path``, in the format its suffix names: ``.html``
        (``.htm``), ``.json`` (Chrome trace events) or ``.mmd`` (mermaid gantt)."""
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix in (".html", ".htm"):
            text = self.html(title=f"autoform timeline: {path.stem}")
        elif suffix == ".json":
            import json

            text = json.dumps(self.trace(), indent=1)
        elif suffix in (".mmd", ".mermaid"):
            text = self.gantt() + "\n"
        else:
            raise ValueError(
                f"cannot save a timeline as {str(path)!r}: the file name must end in .html "
                "(a page to open in a browser), .json (Chrome trace events, for Perfetto or "
                "chrome://tracing) or .mmd (a mermaid gantt chart)"
            )
        path.write_text(text, encoding="utf-8")
        return path

    def _repr_html_(self) -> str:  # Jupyter shows the chart
        return _svg(self.calls) or "<p>autoform timeline: no calls recorded</p>"

    def __repr__(self) -> str:
        s = self.summary()
        return f"<Timeline: {s.calls} calls, {s.wall:.2f} s wall, overlap {s.overlap:.2f}x>"


@contextlib.contextmanager
def timeline() -> Iterator[Timeline]:
    """Record the LM calls (and ``@af.primitive`` calls) of everything run in the block::

        with af.timeline() as tl:
            answer = await pipeline(question)
        print(tl.summary())
        tl.save("run.html")  # or "trace.json" for Perfetto, "run.mmd" for mermaid

    The tasks and worker threads started inside record too; the block may be nested.
    """
    tl = Timeline()
    token = active.set((*active.get(), tl))
    try:
        yield tl
    finally:
        active.reset(token)
        tl.t1 = time.perf_counter()


def _summarize(calls: list[CallRecord]) -> Summary:
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


# ======================================================================================
# MERMAID
# ======================================================================================


def _mermaid_text(text: str) -> str:
    # A task's name ends at ':'; '#' and ';' end lines or start entities.
    return " ".join(text.translate(str.maketrans(":;#", "   ")).split())


def _gantt(calls: list[CallRecord], title: str | None) -> str:
    done = [c for c in calls if c.end is not None]
    s = _summarize(done)
    on_path = {c.index for c in s.critical_path}
    title = title or (
        f"{s.calls} calls, {s.wall:.2f} s wall, {s.busy:.2f} s of calls, "
        f"overlap {s.overlap:.2f}x, critical path {s.critical:.2f} s"
    )
    lines = [
        "gantt",
        f"    title {_mermaid_text(title)}",
        # Times are milliseconds from the timeline's start, shown as seconds.
        "    dateFormat x",
        "    axisFormat %s.%L s",
    ]
    by_function: dict[str, list[CallRecord]] = {}
    for c in sorted(done, key=lambda c: (c.start, c.index)):
        by_function.setdefault(c.function, []).append(c)
    for function, group in by_function.items():
        lines.append(f"    section {_mermaid_text(function)}")
        for c in group:
            start = round(c.start * 1000)
            end = max(round((c.end or 0.0) * 1000), start + 1)
            what = c.model if c.name == "lm_call" and c.model else c.name
            name = f"line {c.line} {what}"
            if c.status != "ok":
                name += f" ({c.status})"
            tags = ["crit"] if c.index in on_path else []
            if c.status != "ok":
                tags.append("done")
            tags.append(f"c{c.index}")
            lines.append(f"    {_mermaid_text(name)} :{', '.join(tags)}, {start}, {end}")
    return "\n".join(lines)


# ======================================================================================
# CHROME TRACE EVENTS
# ======================================================================================


def _lanes(calls: list[CallRecord]) -> dict[int, int]:
    """A row for each call such that calls on one row never overlap (trace viewers draw
    only nested events on one thread)."""
    lane_ends: list[float] = []
    lanes: dict[int, int] = {}
    for c in sorted(calls, key=lambda c: (c.start, c.index)):
        end = c.end if c.end is not None else c.start
        for k, last in enumerate(lane_ends):
            if last <= c.start:
                lane_ends[k] = end
                lanes[c.index] = k
                break
        else:
            lanes[c.index] = len(lane_ends)
            lane_ends.append(end)
    return lanes


def _trace(calls: list[CallRecord]) -> dict[str, Any]:
    done = [c for c in calls if c.end is not None]
    s = _summarize(done)
    on_path = {c.index for c in s.critical_path}
    lanes = _lanes(done)
    events: list[dict[str, Any]] = [
        {"name": "process_name", "ph": "M", "pid": 1, "tid": 0, "args": {"name": "autoform"}}
    ]
    for lane in sorted(set(lanes.values())):
        events.append(
            {
                "name": "thread_name",
                "ph": "M",
                "pid": 1,
                "tid": lane + 1,
                "args": {"name": f"in flight {lane + 1}"},
            }
        )
    for c in done:
        args: dict[str, Any] = {
            "call": c.name,
            "site": f"{c.file}:{c.line}",
            "function": c.function,
            "model": c.model,
            "status": c.status,
            "critical_path": c.index in on_path,
            "waited_for_caps_ms": round(c.waited * 1000, 3),
        }
        for key in ("prompt_tokens", "completion_tokens", "total_tokens", "cost"):
            if getattr(c, key) is not None:
                args[key] = getattr(c, key)
        event = {
            "name": c.label,
            "cat": "critical" if c.index in on_path else c.name,
            "ph": "X",
            "ts": round(c.start * 1e6, 1),
            "dur": round(c.duration * 1e6, 1),
            "pid": 1,
            "tid": lanes[c.index] + 1,
            "args": args,
        }
        if c.index in on_path:
            event["cname"] = "terrible"  # chrome://tracing's red
        events.append(event)
    return {
        "traceEvents": events,
        "displayTimeUnit": "ms",
        "otherData": {
            "wall_s": s.wall,
            "busy_s": s.busy,
            "overlap": s.overlap,
            "calls": s.calls,
            "failures": s.failures,
            "critical_path_s": s.critical,
        },
    }


# ======================================================================================
# HTML
# ======================================================================================

_COLORS = {"ok": "#6b8fd6", "critical": "#d9534f", "failed": "#f0ad4e", "cancelled": "#b8b8b8"}


def _tick_step(span: float) -> float:
    for step in (0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600):
        if span / step <= 10:
            return step
    return span / 10


def _svg(calls: list[CallRecord]) -> str:
    from html import escape

    done = sorted((c for c in calls if c.end is not None), key=lambda c: (c.start, c.index))
    if not done:
        return ""
    on_path = {c.index for c in critical_path(done)}
    row, label_w, plot_w, top = 22, 300, 640, 28
    t_end = max(c.end or 0.0 for c in done)
    t_begin = min(c.issued for c in done)
    span = max(t_end - t_begin, 1e-3)

    def x(t: float) -> float:
        return label_w + (t - t_begin) / span * plot_w

    height = top + row * len(done) + 10
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_w + plot_w + 20}" '
        f'height="{height}" font-family="sans-serif" font-size="12">'
    ]
    step = _tick_step(span)
    k = 0
    while k * step <= span + 1e-9:
        tx = x(t_begin + k * step)
        out.append(
            f'<line x1="{tx:.1f}" y1="{top - 6}" x2="{tx:.1f}" y2="{height - 6}" stroke="#e4e4e4"/>'
            f'<text x="{tx:.1f}" y="{top - 10}" text-anchor="middle" fill="#666">'
            f"{t_begin + k * step:.2f} s</text>"
        )
        k += 1
    for r, c in enumerate(done):
        y = top + r * row
        kind = (
            "cancelled"
            if c.cancelled
            else "failed"
            if c.error
            else "critical"
            if c.index in on_path
            else "ok"
        )
        tip = (
            f"{c.label} ({c.function}): {c.start:.3f}-{(c.end or 0):.3f} s, "
            f"{c.duration * 1000:.0f} ms, {c.status}"
        )
        if c.waited > 0.0005:
            tip += f", waited {c.waited * 1000:.0f} ms for caps"
        if c.total_tokens is not None:
            tip += f", {c.total_tokens} tokens"
        if c.cost is not None:
            tip += f", ${c.cost:.6f}"
        out.append(
            f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end">{escape(c.label)}</text>'
        )
        if c.waited > 0.0005:
            out.append(
                f'<rect x="{x(c.issued):.1f}" y="{y + 9}" width="{x(c.start) - x(c.issued):.1f}" '
                f'height="4" fill="#dddddd"><title>{escape(tip)}</title></rect>'
            )
        width = max(x(c.end or 0.0) - x(c.start), 1.0)
        out.append(
            f'<rect class="call {kind}" x="{x(c.start):.1f}" y="{y + 3}" width="{width:.1f}" '
            f'height="{row - 6}" rx="3" fill="{_COLORS[kind]}"><title>{escape(tip)}</title></rect>'
        )
    out.append("</svg>")
    return "".join(out)


def _html(calls: list[CallRecord], title: str) -> str:
    from html import escape

    s = _summarize([c for c in calls if c.end is not None])
    on_path = {c.index for c in s.critical_path}
    legend = "".join(
        f'<span class="key"><i style="background:{color}"></i>{escape(name)}</span>'
        for name, color in (
            ("critical path", _COLORS["critical"]),
            ("other calls", _COLORS["ok"]),
            ("failed", _COLORS["failed"]),
            ("cancelled", _COLORS["cancelled"]),
        )
    )
    rows = []
    for c in calls:
        cells = [
            str(c.index),
            c.site,
            c.function,
            c.model or c.name,
            f"{c.start:.3f}",
            "" if c.end is None else f"{c.end:.3f}",
            f"{c.duration * 1000:.0f}",
            "" if c.total_tokens is None else str(c.total_tokens),
            "" if c.cost is None else f"{c.cost:.6f}",
            c.status + (" (critical path)" if c.index in on_path else ""),
        ]
        rows.append("<tr>" + "".join(f"<td>{escape(v)}</td>" for v in cells) + "</tr>")
    columns = "# site function model/call start&nbsp;s end&nbsp;s ms tokens cost&nbsp;$ status"
    head = "".join(f"<th>{h}</th>" for h in columns.split(" "))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>
<style>
body {{ font-family: sans-serif; margin: 1.5em; color: #222; }}
table {{ border-collapse: collapse; margin-top: 1em; font-size: 13px; }}
td, th {{ border-bottom: 1px solid #ddd; padding: 2px 8px; text-align: left; }}
.key {{ margin-right: 1.2em; }} .key i {{ display: inline-block; width: 12px; height: 12px;
  margin-right: 4px; vertical-align: -1px; border-radius: 2px; }}
pre {{ background: #f6f6f6; padding: .6em; }}
</style></head><body>
<h1>{escape(title)}</h1>
<pre>{escape(str(s))}</pre>
<p>{legend}<span class="key">hover a bar for details; a thin grey bar before a call is
time spent waiting for a concurrency cap</span></p>
{_svg(calls) or "<p>no calls recorded</p>"}
<table><tr>{head}</tr>
{"".join(rows)}
</table>
</body></html>
"""
