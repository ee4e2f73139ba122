"""Scheduling: a pure function from a dependency graph to an order of actions.

Needs: a `Graph`. Produces: a `Plan`, the actions in the order the generated code performs
them: ``("run", i)`` a synchronous step, ``("start", i)`` an awaitable step begins,
``("join", i)`` its result is taken. Imports nothing of libcst: the emitter turns a plan
into code.

The policy: keep the program's order, except that every call starts as soon as its inputs
exist, hoisted together with the plain steps it needs; calls that become ready together
start together. A call's result is taken where the call stood. Taking results in program
order is what makes errors come out as in the sequential program: when a result turns out
to be a failure, every earlier call has already succeeded, so this is the first failure the
sequential run would have met.

Taking results in program order must not hold a call back: when a call needs the results
of calls still in flight, and waiting for them in program order would also mean waiting
for other calls it does not need, it starts at once as a chain, ``("chain", i)``: a task
that awaits just the calls it needs, reruns the plain steps in between (they change
nothing, see `Graph.relocatable`), and makes the call. ``Plan.chains[i]`` says which calls
it awaits and which plain steps it reruns. A plain step that may raise (`Graph.floating`)
still runs in the body in its place, where its failure is taken; a chain reruns it as soon
as its values exist, even before the calls and effects the body runs it after (a chain may
then await nothing), and its failure there, never taken, only ends the chain.

Calls that start together are listed longest remaining path first (the most calls still to
come after them, counting their own): under a cap (`af.limits`), which grants its places in
the order calls ask, the start of a long chain is not kept waiting behind a crowd of leaves.
(The emitter keeps that order: calls whose results are taken right where they start go in
the gather after the tasks, in program order, only where that order ranks them the same.)
A call that asks later, a chain's next call, asks with its rank (`ranks`): a cap grants a
freed place to the waiting call ranked highest, whenever it asked.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Literal

from .ir import EdgeKind, Graph

__all__ = ["Action", "Chain", "Plan", "Ranks", "ranks", "schedule"]

Action = tuple[Literal["run", "start", "chain", "join"], int]


@dataclass(frozen=True)
class Chain:
    awaits: tuple[int, ...]  # the calls in flight it needs, in program order
    reruns: tuple[int, ...]  # the plain steps between them and the call, in program order


@dataclass(frozen=True)
class Plan:
    actions: tuple[Action, ...]
    chains: dict[int, Chain] = field(default_factory=dict)
    # Per step, the most calls on a path from it to the end, its own included: calls that
    # start together ask a cap for a place in decreasing order of it.
    remaining: tuple[int, ...] = ()


def schedule(graph: Graph) -> Plan:
    """Order the steps of ``graph``; see the module docstring for the policy.

    >>> from autoform.ir import Graph
    >>> g = Graph(3, (True, True, False), (frozenset(), frozenset(), frozenset({0, 1})),
    ...           (frozenset(), frozenset(), frozenset()))
    >>> schedule(g).actions
    (('start', 0), ('start', 1), ('join', 0), ('join', 1), ('run', 2))
    """
    n = graph.size
    done: set[int] = set()
    started: set[int] = set()
    actions: list[Action] = []
    chains: dict[int, Chain] = {}
    relocatable = graph.relocatable or (False,) * n
    floating = graph.floating or (False,) * n
    remaining = _remaining(graph)

    def first_longest(calls: list[int]) -> list[int]:
        return sorted(calls, key=lambda i: (-remaining[i], i))

    def held_by_block(f: int) -> bool:
        """Does the floating step ``f`` wait in the body, only to keep its failure in order,
        for a plain step not run yet (a block that may await: a loop that fans out)? (Calls
        in flight it waits for so are what `chain` weighs.)"""
        return any(
            not graph.is_async[d]
            and (why := graph.edges.get((d, f)))
            and all(e.kind.keeps_order for e in why)
            for d in graph.deps[f] - done
        )

    def needs(call: int) -> set[int] | None:
        """The plain steps still to run before ``call`` can start; None if it must wait
        for a result (or for a block a floating step it needs waits for: a chain may
        start it at once)."""
        need: set[int] = set()
        stack = [call]
        while stack:
            for d in graph.deps[stack.pop()]:
                if d in done or d in need:
                    continue
                if graph.is_async[d] or (floating[d] and held_by_block(d)):
                    return None
                need.add(d)
                stack.append(d)
        return need

    def chain(call: int) -> Chain | None:
        """How ``call`` could start now, awaiting the calls in flight it needs: None if it
        needs anything else not done, or if waiting in program order would cost nothing."""
        if not relocatable[call]:
            return None
        awaits: set[int] = set()
        reruns: set[int] = set()
        stack = [call]
        while stack:
            # (A floating step it reruns waits, in the body, for the calls and effects before
            # it only so that its failure comes out in order: the chain needs its values.)
            for d in graph.value_deps(stack.pop()):
                if d in done or d in awaits or d in reruns:
                    continue
                if graph.is_async[d]:
                    if d not in started:
                        return None
                    awaits.add(d)
                elif relocatable[d]:
                    reruns.add(d)
                    stack.append(d)
                else:
                    return None
        # In program order it would start once the last of them is taken (or, for a
        # floating step it needs, once that step runs), after every call before that one:
        # worth a chain only if one of those is not needed.
        held = awaits | {d for d in reruns if floating[d]}
        if not held:
            return None  # it can start without a chain (the plain start handles it)
        last = max(held)
        blocked = any(floating[d] and held_by_block(d) for d in reruns)
        if not blocked and all(c in awaits for c in started - done if c < last):
            return None
        return Chain(tuple(sorted(awaits)), tuple(sorted(reruns)))

    def hoist() -> None:
        # Start every call whose inputs can be had now, running first (in program order)
        # the plain steps they need. Calls that can start together start together.
        while True:
            startable: list[int] = []
            to_run: set[int] = set()
            for i in range(n):
                if graph.is_async[i] and i not in started:
                    need = needs(i)
                    if need is not None:
                        startable.append(i)
                        to_run |= need
            if not startable:
                break
            for i in sorted(to_run):
                actions.append(("run", i))
                done.add(i)
            for i in first_longest(startable):
                actions.append(("start", i))
                started.add(i)
        # What still waits for calls in flight starts now as a chain, if it is worth one.
        # (A chain may be what a later chain awaits: look again after each.)
        found = True
        while found:
            found = False
            for i in first_longest([i for i in range(n) if graph.is_async[i]]):
                if i not in started and (c := chain(i)) is not None:
                    chains[i] = c
                    actions.append(("chain", i))
                    started.add(i)
                    found = True

    # Who reads what each step binds: a plain step whose values only chains read was run
    # there already, and need not run again in the body.
    readers: list[list[int]] = [[] for _ in range(n)]
    for (d, j), edges in graph.edges.items():
        if any(e.kind is EdgeKind.DATA for e in edges):
            readers[d].append(j)

    hoist()
    for i in range(n):
        # Everything else keeps its place in program order; a call's result is taken where
        # the call stood, so results come in program order too.
        if i in done:
            continue
        if (
            not graph.is_async[i]
            and not floating[i]  # its failure is taken here, where it stands
            and readers[i]
            and all(r in chains and i in chains[r].reruns for r in readers[i])
            and not graph.deps[i] - done
        ):
            done.add(i)
            continue
        missing = graph.deps[i] - done
        if graph.is_async[i]:
            if i not in started:
                raise ValueError(f"step {i} cannot start: waits for {sorted(missing)}")
            late = graph.join_after[i] - done
            if late:
                raise ValueError(f"step {i} must be joined after {sorted(late)}, not ready")
            actions.append(("join", i))
        else:
            if missing:
                raise ValueError(f"dependency cycle: step {i} waits for {sorted(missing)}")
            actions.append(("run", i))
        done.add(i)
        hoist()
    return Plan(tuple(actions), chains, tuple(remaining))


def _remaining(graph: Graph) -> list[int]:
    """For each step, the most calls on a path from it to the end, its own included."""
    after: list[list[int]] = [[] for _ in range(graph.size)]
    for j in range(graph.size):
        for d in graph.deps[j]:
            after[d].append(j)
    remaining = [0] * graph.size
    for i in reversed(range(graph.size)):  # dependencies point backwards in program order
        own = 1 if graph.is_async[i] else 0
        remaining[i] = own + max((remaining[j] for j in after[i]), default=0)
    return remaining


@dataclass(frozen=True)
class Ranks:
    """How far ahead of the code around it each step asks a cap for a place (`ranks`)."""

    value: dict[int, int]  # per step that may wait for a cap; 0: no need to say
    overlapping: frozenset[int]  # the steps in flight while another of them is


def ranks(plan: Plan, graph: Graph, waits: Collection[int], *, beside: bool) -> Ranks:
    """The rank each step of ``waits`` (the steps that may wait for a place under a cap: its
    calls, and the blocks with calls in them) asks with, over the code around the body.

    A step asks with the calls that come after it on the longest path (`Plan.remaining`,
    its own call left out): the calls inside it (a helper's, a block's, a loop's items') add
    their own ranks to it, so a call's rank in the whole program is the length of the
    longest path of calls after it. Only the order among calls waiting at the same time
    counts: steps never in flight together are ranked apart, each group of steps in flight
    together shifted so that its lowest rank is 0, which is asking nothing (most programs
    need no rank at all). That shift is only allowed where nothing outside the body runs
    beside it: ``beside`` (a loop's items, which run beside one another; a block run as a
    task) keeps every rank as it is.

    >>> from autoform.ir import Graph
    >>> g = Graph(3, (True, True, True), (frozenset(), frozenset({0}), frozenset()),
    ...           (frozenset(), frozenset(), frozenset()))
    >>> ranks(schedule(g), g, range(3), beside=False).value  # 0 then 1, beside 2
    {0: 1, 1: 0, 2: 0}
    """
    after = {i: plan.remaining[i] - (1 if graph.is_async[i] else 0) for i in waits}
    parent = {i: i for i in waits}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    overlapping: set[int] = set()
    in_flight: list[int] = []
    for what, i in plan.actions:
        if i not in parent:
            continue
        if what == "join":
            if i in in_flight:
                in_flight.remove(i)
            continue
        for j in in_flight:
            parent[root(j)] = root(i)
            overlapping |= {i, j}
        if what in ("start", "chain"):
            in_flight.append(i)
    lowest: dict[int, int] = {}
    if not beside:
        for i in waits:
            r = root(i)
            lowest[r] = min(lowest.get(r, after[i]), after[i])
    value = {i: after[i] - lowest.get(root(i), 0) for i in waits}
    return Ranks(value, frozenset(overlapping))
