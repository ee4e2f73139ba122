"""The parallelism report behind ``autoform-compile --explain``.

Needs: a `Compiled` function. Produces: text saying how many LM calls it makes, the longest
chain of calls that must wait for one another (and so the speedup to expect when calls take
equal time), which calls run together, and, for every call that waits, what it waits for and
why, with the source lines; then the parts kept in order for safety, with the reason.
Only the function's top level is described; a block (``if``, a loop, ``try``) is one unit.
"""

from __future__ import annotations

from .compiler import Compiled
from .ir import Edge, EdgeKind, Facts, StepKind

__all__ = ["describe", "explain", "kept_in_order"]


def describe(edge: Edge) -> str:
    """Why a step waits, in words: the one place edge kinds become prose."""
    kind = edge.kind
    if kind is EdgeKind.DATA:
        return f"reads `{edge.name}`"
    if kind is EdgeKind.UPDATE:
        return f"updates `{edge.name}` after it is read"
    if kind is EdgeKind.EFFECT_ORDER:
        return f"{_ordered(edge)} keeps its place after the effect before it"
    if kind is EdgeKind.AFTER_CALLS:
        return f"{_ordered(edge)} waits for the LM calls before it"
    return _FIXED[kind]


def _ordered(edge: Edge) -> str:
    return edge.ordered.value if edge.ordered is not None else "a step"


_FIXED = {
    EdgeKind.OBJECT: "may touch the same object",
    EdgeKind.TRY: "inside a `try`, a caught failure must stop what follows",
    EdgeKind.EXIT: "runs only once the step before it has not left the body",
    EdgeKind.RETURN: "return waits for everything before it",
}


def _is_call(step: Facts) -> bool:
    return step.kind is StepKind.CALL or bool(step.primitive) or step.fanout is not None


def _label(step: Facts) -> str:
    names = [n for n in step.store_names if not n.startswith("_")]
    if step.fanout is not None:
        return "(the loop: one chain per item, all items together)"
    if step.returns:
        return "the returned call"
    return f"`{names[0]}`" if names else f"`{step.code[:40]}`"


def _waits(compiled: Compiled, calls: list[int]) -> dict[int, dict[int, Edge]]:
    """The nearest calls each step waits for, through plain steps, with a reason: a value
    it needs when there is one, else the order it must keep. (`return` waits for
    everything; only what it actually needs is worth saying.) A call started as a chain
    waits only for what it needs: a step that may raise keeps its place after the calls
    before it, but the chain reruns it as soon as its values exist (`Graph.floating`)."""
    steps, graph = compiled.steps, compiled.graph
    waits: dict[int, dict[int, Edge]] = {}
    lean: dict[int, dict[int, Edge]] = {}  # the same, through the value edges of floating steps
    for s in steps:
        i = s.index
        for view, deps in ((waits, graph.deps[i]), (lean, graph.value_deps(i))):
            found: dict[int, Edge] = {}
            for a in sorted(deps, key=lambda a: not graph.carries_value(a, i)):
                why = graph.why(a, i)
                assert why is not None  # every dependency has its reason
                if why.kind is EdgeKind.RETURN:
                    continue
                if a in calls:
                    found.setdefault(a, why)
                else:
                    for c, inner in view[a].items():
                        found.setdefault(c, inner if why.kind.carries_value else why)
            view[i] = found
    return {i: lean[i] if i in compiled.plan.chains else found for i, found in waits.items()}


def kept_in_order(compiled: Compiled) -> list[tuple[int, int, str]]:
    """(call, earlier call, why) for each LM call (or block making them) that waits for an
    earlier call whose value it does not need: order kept for safety, not for data."""
    steps = compiled.steps
    calls = [s.index for s in steps if _is_call(s)]
    makes_calls = set(calls) | {s.index for s in steps if s.makes_calls}
    waits = _waits(compiled, calls)
    return [
        (i, a, describe(why))
        for i in sorted(makes_calls)
        for a, why in sorted(waits[i].items(), key=lambda item: item[0])
        if a in calls and not why.kind.carries_value
    ]


def explain(compiled: Compiled) -> str:
    steps = compiled.steps
    n = len(steps)
    calls = [s.index for s in steps if _is_call(s)]
    waits = _waits(compiled, calls)

    # The longest chain of calls, counting calls.
    depth: dict[int, int] = {}
    for i in range(n):
        before = max((depth[c] for c in waits[i]), default=0)
        depth[i] = before + (1 if i in calls else 0)
    longest = max((depth[c] for c in calls), default=0)

    src = compiled.src
    lines = [f"{compiled.name} ({src.filename}:{src.def_origin().line})"]
    inside = compiled.call_sites - sum(1 for i in calls if steps[i].fanout is None)
    nested = f" (and {inside} inside blocks and loops)" if inside > 0 else ""
    if not calls:
        lines.append(f"  no LM calls at the top level{nested}.")
        if any(s.kind is StepKind.EFFECT for s in steps):
            # A client autoform does not know is an unknown call: say how to name it.
            lines.append(
                "  (a call autoform does not know runs in place: declare a client's method "
                'with af.lm_method(Client, "path", async_twin=...), your own slow call '
                "with @af.primitive)"
            )
    else:
        speedup = len(calls) / longest if longest else 1.0
        lines.append(
            f"  LM calls at the top level: {len(calls)}{nested}; longest chain of them that "
            f"wait for one another: {longest}; expected speedup when calls take equal time: "
            f"{speedup:.2f}x"
        )
        groups = _together(compiled, set(calls))
        if groups:
            lines.append("  run together:")
            for group in groups:
                parts = ", ".join(f"line {steps[i].origin.line} {_label(steps[i])}" for i in group)
                lines.append(f"    {parts}")
        waiting = [
            (i, a, describe(why))
            for i in calls
            for a, why in sorted(waits[i].items(), key=lambda item: item[0])
            if a in calls
        ]
        if waiting:
            lines.append("  kept in sequence:")
            for i, a, why in waiting:
                lines.append(
                    f"    line {steps[i].origin.line} {_label(steps[i])} waits for "
                    f"line {steps[a].origin.line} {_label(steps[a])}: {why}"
                )
    kept = [s for s in steps if s.kind in (StepKind.BLOCK, StepKind.EFFECT) and s.fanout is None]
    if kept:
        lines.append("  kept in order for safety:")
        for s in kept:
            what = "a block" if s.kind is StepKind.BLOCK else "an effect"
            extra = f" ({'; '.join(s.notes)})" if s.notes else ""
            lines.append(
                f"    line {s.origin.line} `{s.code[:50]}`: {what}, run in place after the "
                f"calls before it{extra}"
            )
    return "\n".join(lines)


def _together(compiled: Compiled, calls: set[int]) -> list[list[int]]:
    """Groups of calls in flight at the same time, from the plan."""
    groups: list[list[int]] = []
    in_flight: set[int] = set()
    for what, i in compiled.plan.actions:
        if what in ("start", "chain"):
            in_flight.add(i)
            if len(in_flight) > 1:
                group = sorted(in_flight)
                if groups and set(groups[-1]) <= set(group):
                    groups[-1] = group
                elif not groups or not set(group) <= set(groups[-1]):
                    groups.append(group)
        elif what == "join":
            in_flight.discard(i)
    return [g for g in groups if len(g) > 1]
