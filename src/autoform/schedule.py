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
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .ir import Graph

__all__ = ["Action", "Plan", "schedule"]

Action = tuple[Literal["run", "start", "join"], int]


@dataclass(frozen=True)
class Plan:
    actions: tuple[Action, ...]


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

    def needs(call: int) -> set[int] | None:
        """The plain steps still to run before ``call`` can start; None if it must wait
        for a result."""
        need: set[int] = set()
        stack = [call]
        while stack:
            for d in graph.deps[stack.pop()]:
                if d in done or d in need:
                    continue
                if graph.is_async[d]:
                    return None
                need.add(d)
                stack.append(d)
        return need

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
                return
            for i in sorted(to_run):
                actions.append(("run", i))
                done.add(i)
            for i in startable:
                actions.append(("start", i))
                started.add(i)

    hoist()
    for i in range(n):
        # Everything else keeps its place in program order; a call's result is taken where
        # the call stood, so results come in program order too.
        if i in done:
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
    return Plan(tuple(actions))
