"""A timeline as Chrome trace events (the JSON that Perfetto and chrome://tracing open): one
complete event a finished call, on rows of calls that never overlap."""

from __future__ import annotations

from typing import Any

from .records import CallRecord, summarize

__all__ = ["trace"]


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


def trace(calls: list[CallRecord]) -> dict[str, Any]:
    done = [c for c in calls if c.end is not None]
    s = summarize(done)
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
