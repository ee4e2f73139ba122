"""A timeline drawn: a mermaid ``gantt`` chart, and a self-contained HTML page with an inline
SVG chart (no script, nothing fetched). Each takes the calls of `Timeline.calls`."""

from __future__ import annotations

from .records import CallRecord, critical_path, summarize

__all__ = ["gantt", "page", "svg"]

# ======================================================================================
# MERMAID
# ======================================================================================


def _mermaid_text(text: str) -> str:
    # A task's name ends at ':'; '#' and ';' end lines or start entities.
    return " ".join(text.translate(str.maketrans(":;#", "   ")).split())


def gantt(calls: list[CallRecord], title: str | None) -> str:
    done = [c for c in calls if c.end is not None]
    s = summarize(done)
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
            what = c.model if c.name in ("lm_call", "lm_response") and c.model else c.name
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
# HTML
# ======================================================================================

_COLORS = {"ok": "#6b8fd6", "critical": "#d9534f", "failed": "#f0ad4e", "cancelled": "#b8b8b8"}


def _tick_step(span: float) -> float:
    for step in (0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600):
        if span / step <= 10:
            return step
    return span / 10


def svg(calls: list[CallRecord]) -> str:
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


def page(calls: list[CallRecord], title: str) -> str:
    from html import escape

    s = summarize([c for c in calls if c.end is not None])
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
{svg(calls) or "<p>no calls recorded</p>"}
<table><tr>{head}</tr>
{"".join(rows)}
</table>
</body></html>
"""
