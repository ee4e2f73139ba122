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

Here: `Timeline` and `timeline`. `records`: the records and the summary; `charts`: mermaid and
HTML; `trace_events`: Chrome trace events. The spans come from `autoform.recorder`, below.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..recorder import Span, active
from . import charts, trace_events
from .records import CallRecord, Summary, critical_path, summarize

__all__ = ["CallRecord", "Summary", "Timeline", "critical_path", "timeline"]


class Timeline:
    """The calls recorded by one ``with af.timeline()`` block (see the module's docs)."""

    def __init__(self) -> None:
        self.t0 = time.perf_counter()
        self.t1: float | None = None  # the block's end
        self._spans: list[Span] = []
        self._lock = threading.Lock()  # calls made in worker threads record too

    def _add(self, span: Span) -> None:
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
        return summarize([c for c in self.calls if c.end is not None])

    def gantt(self, title: str | None = None) -> str:
        """A mermaid ``gantt`` chart of the calls; the critical path is marked ``crit``."""
        return charts.gantt(self.calls, title)

    def html(self, title: str = "autoform timeline") -> str:
        """A self-contained HTML page (inline SVG, no script, nothing fetched)."""
        return charts.page(self.calls, title)

    def trace(self) -> dict[str, Any]:
        """The calls as Chrome trace events (``json.dump`` it; Perfetto opens it)."""
        return trace_events.trace(self.calls)

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
        return charts.svg(self.calls) or "<p>autoform timeline: no calls recorded</p>"

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
