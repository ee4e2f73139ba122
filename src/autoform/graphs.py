"""Pictures of a compiled function: its dependency graph as a mermaid flowchart.

Needs: a `Compiled`. Produces: text. Only the LM calls, the effects, the parameters they
read and the answer are drawn; plain computations in between are folded into the edges.
"""

from __future__ import annotations

import re

from .analysis.graph import is_data_edge
from .compiler import Compiled, parameters
from .ir import Step, StepKind

__all__ = ["mermaid"]


def _label(step: Step) -> str:
    names = [n for n in step.store_names if not n.startswith("_")]
    what = (
        names[0]
        if names
        else ("returned" if step.kind is StepKind.RETURN else f"line {step.origin.line}")
    )
    if step.kind is StepKind.EFFECT:
        return f"{step.code[:40]}"
    return f"LM: {what}"


def _ident(text: str) -> str:
    return re.sub(r"\W", "_", text)


def mermaid(compiled: Compiled) -> str:
    steps = compiled.steps
    graph = compiled.graph
    params = set(parameters(compiled.src.func))
    shown = {s.index for s in steps if s.kind in (StepKind.CALL, StepKind.EFFECT) or s.primitive}
    # For every step: the shown steps and parameters it depends on, looking through the rest.
    sources: dict[int, set[str]] = {}
    for s in steps:
        found: set[str] = {p for p, v in s.load_names.items() if p in params and v == p}
        for a in graph.deps[s.index]:
            if not is_data_edge(graph, a, s.index):
                continue
            found |= {f"s{a}"} if a in shown else sources[a]
        sources[s.index] = found
    lines = ["flowchart TD"]
    names: dict[str, str] = {p: f'{_ident(p)}["{p}"]' for p in params}
    for i in sorted(shown):
        label = _label(steps[i]).replace('"', "'")
        names[f"s{i}"] = f's{i}["{label}"]'
    declared: set[str] = set()

    def ref(key: str) -> str:
        if key in declared:
            return _ident(key) if key in params else key
        declared.add(key)
        return names[key]

    for i in sorted(shown):
        for src in sorted(sources[i] - {f"s{i}"}):
            lines.append(f"    {ref(src)} --> {ref(f's{i}')}")
        if not sources[i]:
            lines.append(f"    {ref(f's{i}')}")
    returns = [s for s in steps if s.kind is StepKind.RETURN]
    for r in returns:
        feeds = {f"s{r.index}"} if r.index in shown else sources[r.index]
        for src in sorted(feeds):
            lines.append(f'    {ref(src)} --> answer["answer"]')
    return "\n".join(lines)
