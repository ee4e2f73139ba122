"""Scheduling: a pure function from a dependency graph to an order of actions.

Needs: a `Graph`. Produces: a `Plan`, the actions in the order the generated code performs
them: ``("run", i)`` a synchronous step, ``("start", i)`` an awaitable step begins,
``("join", i)`` its result is taken. Imports nothing of libcst: the emitter turns a plan
into code.

The policy: run each synchronous step as soon as what it needs is complete, start each call
as soon as its inputs exist, and take results in program order, as late as possible. Taking
results in program order is what makes errors come out as in the sequential program: when
a result turns out to be a failure, every earlier call has already succeeded, so this is the
first failure the sequential run would have met.
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

    def overlapping(self) -> list[list[int]]:
        """Groups of calls in flight together (each group: started before any is joined)."""
        groups: list[list[int]] = []
        in_flight: list[int] = []
        current: list[int] = []
        for what, i in self.actions:
            if what == "start":
                in_flight.append(i)
                current.append(i)
            elif what == "join":
                if len(current) > 1 or (current and len(in_flight) > 1):
                    groups.append(sorted(set(current) | set(in_flight)))
                current = []
                in_flight.remove(i)
        merged: list[list[int]] = []
        for g in groups:
            if not merged or not set(g) <= set(merged[-1]):
                merged.append(g)
        return merged


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
    pending: list[int] = []  # started, not joined; kept in program order
    actions: list[Action] = []
    todo = list(range(n))
    while todo or pending:
        progressed = True
        while progressed:
            progressed = False
            for i in list(todo):
                if graph.deps[i] <= done:
                    todo.remove(i)
                    if graph.is_async[i]:
                        actions.append(("start", i))
                        pending.append(i)
                        pending.sort()
                    else:
                        actions.append(("run", i))
                        done.add(i)
                    progressed = True
                    break  # rescan from the first step: keep program order among the ready
        if not pending:
            if todo:
                raise ValueError(f"dependency cycle among steps {todo}")
            break
        first = pending.pop(0)
        missing = graph.join_after[first] - done
        if missing:
            raise ValueError(f"step {first} must be joined after {sorted(missing)}, not ready")
        actions.append(("join", first))
        done.add(first)
    return Plan(tuple(actions))
