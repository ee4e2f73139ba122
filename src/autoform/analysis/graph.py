"""The dependency graph: which steps must finish before which.

Needs: the steps with every analysis's record (`Facts`). Produces: a `Graph` (plain data,
no libcst) with every reason for every edge, as `Edge` records. The rules, each one a
promise of the contract:

- data: a step runs after the steps that bind the names it reads, and an in-place update
  (``x += ...``) after every earlier reader of that version;
- objects: two steps that touch the same alias atoms, one of them writing, keep their order;
- effects, and steps that might raise (`analysis.raises`), keep their order among
  themselves and run only after every earlier LM call has finished: had one failed, the
  sequential program would never have reached them;
- an LM call may start before an earlier effect, but its result (or error) is taken only
  after that effect ran (``join_after``); a call whose arguments might raise starts only
  where a step that might raise could run, unless evaluating them runs no one's code
  (``deferred``: ``lm(xs[0])``, ``lm(data["k"])``): then it starts as soon as its inputs
  exist, and their failure, like the call's own, is taken where the call stood;
- a plain step that may raise but runs no one's code (``data = json.loads(reply)``,
  ``xs[0]``) keeps that order in the body, where its failure is taken; a chain may run it
  again as soon as its values exist (``floating``), so the calls it feeds need not wait;
- a block of the function's own body that makes LM calls and nothing else anyone could see
  is taken like a call (``graph.detached``): it may run beside the calls before it, its
  result (the names it binds) and its failure taken in program order;
- in a module whose dunders or properties may change state (``formats``: `analysis.unseen`),
  a step that reads module state that may change, or objects, and is not kept after the
  calls before it anyway (a plain step, a call, a block run beside them) waits for every
  call, block with calls and step that may run someone's code before it: a call formats its
  arguments in its turn, a step runs an operator's dunder, each may run such code;
- a pinned call (a helper whose log records may print the stack writing them:
  ``Effects.pinned``) keeps its order like an effect and is awaited where it stands, in the
  body's own task; later calls may still start before it;
- ``return`` waits for everything;
- a step that may leave the body (a block with ``return``, ``break``, ``continue``) comes
  before everything after it: nothing after it may start before it is known to fall through.
"""

from __future__ import annotations

from collections.abc import Sequence

import libcst as cst

from ..ir import Edge, EdgeKind, Facts, Graph, Ordered, StepKind
from ..syntax.walk import walk

__all__ = ["build_graph"]

_ORDERED = {StepKind.EFFECT: Ordered.EFFECT, StepKind.BLOCK: Ordered.BLOCK}


def build_graph(
    steps: Sequence[Facts],
    sequential: bool = False,
    top: bool = False,
    observed: bool = False,
    formats: str = "",
) -> Graph:
    """``sequential``: every step after the one before (the body of a ``try``). ``top``: the
    function's own body, where a block may run beside the calls before it (`detachable`).
    ``observed``: a ``finally`` sees what the body binds: a step that may raise runs after
    the plain steps before it (``EdgeKind.OBSERVED``). ``formats``: the module's code run on
    objects where no call shows it that may change state, in words, for reports
    (``EdgeKind.FORMATS``; "": none)."""
    n = len(steps)
    detached = tuple(top and not sequential and _detachable(step) for step in steps)
    deps: list[set[int]] = [set() for _ in range(n)]
    join_after: list[set[int]] = [set() for _ in range(n)]
    edges: dict[tuple[int, int], list[Edge]] = {}

    def edge(a: int, b: int, kind: EdgeKind, name: str = "", ordered: Ordered | None = None):
        deps[b].add(a)
        found = edges.setdefault((a, b), [])
        new = Edge(kind, name, ordered)
        if new not in found:
            found.append(new)

    writer: dict[str, int] = {}
    readers: dict[str, list[int]] = {}
    last_effect: int | None = None
    calls_so_far: list[int] = []
    # (``formats``) the steps so far that may run code of the user's on objects: calls (a
    # client formats their arguments), blocks with calls, steps that may raise or run code
    formatting: list[int] = []
    effects_so_far: list[int] = []
    barrier: int | None = None
    for j, step in enumerate(steps):
        if sequential and j:
            edge(j - 1, j, EdgeKind.TRY)
        if barrier is not None:
            edge(barrier, j, EdgeKind.EXIT)
        if observed and step.may_raise and step.kind is not StepKind.CALL:
            # (a call's own failure, and its arguments', is taken where it stands)
            for i in range(j):
                if steps[i].kind is StepKind.PURE:
                    edge(i, j, EdgeKind.OBSERVED)
        for v in sorted(step.reads | step.updates):
            if v in writer:
                edge(writer[v], j, EdgeKind.DATA, _plain(v, steps[writer[v]]))
        for v in sorted(step.updates):
            for r in readers.get(v, []):
                if r != j:
                    edge(r, j, EdgeKind.UPDATE, _plain(v, step))
        for i in range(j):
            other = steps[i]
            if (other.writes_objects & (step.reads_objects | step.writes_objects)) or (
                other.reads_objects & step.writes_objects
            ):
                edge(i, j, EdgeKind.OBJECT)
        is_call = step.kind is StepKind.CALL
        in_order = not detached[j] and (
            step.kind in (StepKind.EFFECT, StepKind.BLOCK)
            or (step.may_raise and not step.deferred)
            or step.effects.pinned
        )
        # (what is in order waits for them anyway; a call's own arguments' objects are
        # formatted in its turn, after theirs)
        reads = step.effects.reads_changing or (not is_call and step.reads_objects)
        if formatting and not in_order and not step.returns and reads:
            for i in formatting:
                edge(i, j, EdgeKind.FORMATS, formats)
        if formats and (
            is_call or step.makes_calls or detached[j] or step.may_raise or step.runs_code
        ):
            # (a step that may run someone's code, an operator's dunder, may change it too)
            formatting.append(j)
        if step.returns:
            for i in range(j):
                edge(i, j, EdgeKind.RETURN)
            if is_call:  # `return lm(x)`: a call like any other, after everything
                join_after[j].update(effects_so_far)
                calls_so_far.append(j)
        elif in_order:
            what = (
                Ordered.PINNED
                if step.effects.pinned
                else _ORDERED.get(step.kind, Ordered.MAY_RAISE)
            )
            if last_effect is not None:
                edge(last_effect, j, EdgeKind.EFFECT_ORDER, ordered=what)
            for c in calls_so_far:
                edge(c, j, EdgeKind.AFTER_CALLS, ordered=what)
            if is_call:
                join_after[j].update(effects_so_far)
                calls_so_far.append(j)
            last_effect = j
            effects_so_far.append(j)
        elif is_call or detached[j]:
            join_after[j].update(effects_so_far)
            calls_so_far.append(j)
        for v in step.writes | step.updates:
            writer[v] = j
        if step.exits:
            barrier = j
        for v in step.reads:
            readers.setdefault(v, []).append(j)
    return Graph(
        size=n,
        # (a pinned call is awaited where it stands, in the body: `Effects.pinned`)
        is_async=tuple(
            (s.kind is StepKind.CALL and not s.effects.pinned) or d
            for s, d in zip(steps, detached, strict=True)
        ),
        deps=tuple(frozenset(d) for d in deps),
        join_after=tuple(frozenset(d) for d in join_after),
        # Every reason, the preferred first: a value before an order (sorted is stable).
        edges={pair: tuple(sorted(found, key=lambda e: e.rank)) for pair, found in edges.items()},
        relocatable=(relocatable := _relocatable(steps, detached, bool(formats))),
        detached=detached,
        deferred=tuple(s.kind is StepKind.CALL and s.deferred for s in steps),
        floating=tuple(
            r and s.kind is StepKind.PURE and s.may_raise
            for s, r in zip(steps, relocatable, strict=True)
        ),
    )


# What a block run as a task cannot hold: a function or class it defines, `del`.
_NOT_DETACHABLE = (cst.FunctionDef, cst.ClassDef, cst.Lambda, cst.Del, cst.Global, cst.Nonlocal)


def _detachable(step: Facts) -> bool:
    """A block that makes LM calls and nothing else anyone could see (no effect, no way out
    of the body, no `del` or definitions) may run as a task beside the calls before it, its
    failure taken in program order like a call's. What it reads or binds must be bound
    already, so that the task can rebind it (``nonlocal``) whichever way it goes."""
    if step.kind is not StepKind.BLOCK or not step.makes_calls:
        return False
    if step.effect or step.exits or step.fanout is not None:
        return False
    # A name it reads or binds that might be unbound would fail differently in the task
    # (NameError for a free variable, not UnboundLocalError).
    if not step.reads | set(step.store_names.values()) <= step.bound_before:
        return False
    return not any(isinstance(n, _NOT_DETACHABLE) for n in walk(step.node))


def _relocatable(
    steps: Sequence[Facts], detached: Sequence[bool], formats: bool = False
) -> tuple[bool, ...]:
    """Which steps may run a second time, or later, inside a chain (see `Graph`).
    ``formats``: a dunder may change module state, so no step reading it may."""
    updated = {v for s in steps for v in s.updates}  # names that change in place
    changed = {c for s in steps for c in s.writes_objects}  # objects something changes

    def ok(s: Facts) -> bool:
        if detached[s.index] or s.updates or s.reads & updated or s.effect or s.inline:
            return False
        if s.effects.pinned:
            return False
        if formats and s.effects.reads_changing:
            return False
        if s.fanout is not None:
            return False
        if s.kind is StepKind.CALL:
            # What it reads is guarded by edges to the steps that change it. (`return lm(x)`
            # waits for everything: there is nothing a chain could start it before.)
            return (not s.may_raise or s.deferred) and not s.returns
        return (
            s.kind is StepKind.PURE
            # (one that may raise, only if running it twice is never seen: `Graph.floating`)
            and (not s.may_raise or s.quiet)
            and not s.runs_code  # a chain would run its dunder a second time
            and not s.reads_objects & changed
            and not s.writes_objects
        )

    return tuple(ok(s) for s in steps)


def _plain(version: str, step: Facts) -> str:
    for name, emitted in {**step.load_names, **step.store_names}.items():
        if emitted == version:
            return name
    return version
