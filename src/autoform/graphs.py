"""Pictures of a compiled function: its dependency graph as a mermaid flowchart or Graphviz DOT.

Needs: a `Compiled`. Produces: text. Only the LM calls, the effects, the parameters they
read and the answer are drawn; plain computations in between are folded into the edges.
`picture` builds the graph once; `mermaid` and `dot` only render it, so both always show
the same nodes, edges and labels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .compiler import Compiled, parameters
from .ir import Facts, StepKind

__all__ = ["Picture", "dot", "mermaid", "picture"]

ANSWER = "answer"


@dataclass(frozen=True)
class Picture:
    """The drawn graph: node ids with their labels, and the rows to draw, in order."""

    name: str  # the function's name
    labels: dict[str, str]  # node id -> label, in the order the rows first mention them
    rows: list[tuple[str, str | None]]  # (source, target); (node, None): nothing shown feeds it


def _label(step: Facts) -> str:
    if step.kind is StepKind.EFFECT:
        return " ".join(step.code.split())[:40]  # one line, whatever the statement's layout
    names = [n for n in step.store_names if not n.startswith("_")]
    what = names[0] if names else ("returned" if step.returns else f"line {step.origin.line}")
    return f"LM: {what}"


def _param_ids(params: list[str], taken: set[str]) -> dict[str, str]:
    # A parameter named like a step (`s4`), the answer, or mermaid's keyword `end` is renamed.
    ids: dict[str, str] = {}
    for p in params:
        ident = re.sub(r"\W", "_", p)
        while ident in taken or ident == "end":
            ident = f"p_{ident}"
        taken.add(ident)
        ids[p] = ident
    return ids


def picture(compiled: Compiled) -> Picture:
    """The graph of the LM calls and effects, the parameters they read and the answer."""
    steps = compiled.steps
    graph = compiled.graph
    params = parameters(compiled.src.func)
    shown = {s.index for s in steps if s.kind in (StepKind.CALL, StepKind.EFFECT) or s.primitive}
    ids = _param_ids(params, {f"s{s.index}" for s in steps} | {ANSWER})
    # For every step: the shown steps and parameters it depends on, looking through the rest.
    sources: dict[int, set[str]] = {}
    for s in steps:
        found: set[str] = {ids[p] for p, v in s.load_names.items() if p in ids and v == p}
        for a in graph.deps[s.index]:
            if not graph.carries_value(a, s.index):
                continue
            found |= {f"s{a}"} if a in shown else sources[a]
        sources[s.index] = found
    every = {ident: p for p, ident in ids.items()}
    every |= {f"s{i}": _label(steps[i]) for i in shown}
    every[ANSWER] = ANSWER
    rows: list[tuple[str, str | None]] = []
    for i in sorted(shown):
        rows += [(src, f"s{i}") for src in sorted(sources[i] - {f"s{i}"})]
        if not sources[i]:
            rows.append((f"s{i}", None))
    for r in steps:
        if r.returns:
            feeds = {f"s{r.index}"} if r.index in shown else sources[r.index]
            rows += [(src, ANSWER) for src in sorted(feeds)]
    labels: dict[str, str] = {}
    for row in rows:
        for node in row:
            if node is not None and node not in labels:
                labels[node] = every[node]
    return Picture(compiled.name, labels, rows)


def mermaid(compiled: Compiled) -> str:
    """A mermaid flowchart; a node's label is given where the chart first mentions it."""
    pic = picture(compiled)
    declared: set[str] = set()

    def ref(node: str) -> str:
        if node in declared:
            return node
        declared.add(node)
        label = pic.labels[node].replace('"', "'")
        return f'{node}["{label}"]'

    lines = ["flowchart TD"]
    for src, dst in pic.rows:
        lines.append(f"    {ref(src)} --> {ref(dst)}" if dst is not None else f"    {ref(src)}")
    return "\n".join(lines)


def _quote(text: str) -> str:
    # A DOT string: `\"` is a quote; in a label `\\` is one backslash (`\n`, `\l`... format).
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def dot(compiled: Compiled) -> str:
    """A Graphviz digraph (``dot -Tsvg``); every id is quoted, so keywords are safe too."""
    pic = picture(compiled)
    lines = [f"digraph {_quote(pic.name)} {{", "    node [shape=box];"]
    lines += [f"    {_quote(node)} [label={_quote(label)}];" for node, label in pic.labels.items()]
    lines += [f"    {_quote(src)} -> {_quote(dst)};" for src, dst in pic.rows if dst is not None]
    lines.append("}")
    return "\n".join(lines)
