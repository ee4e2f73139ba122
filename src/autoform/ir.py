"""Plain data shared by the compiler stages.

`Origin` says where a piece of code came from in the user's file. A `Step` is one statement
of the normalised body (an "equation": what it reads, what it writes, which calls it makes).
The analyses fill in a step's annotations; the graph builder turns them into a `Graph`,
which is all the scheduler sees.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Graph", "Origin", "Step", "StepKind"]


@dataclass(frozen=True)
class Origin:
    """A place in the user's source: 1-based line, 0-based column, like Python's own."""

    filename: str
    line: int
    column: int
    function: str = ""
    end_line: int = 0
    end_column: int = 0

    def __str__(self) -> str:
        return f"{self.filename}:{self.line}:{self.column}"


class StepKind(enum.Enum):
    PURE = "pure"  # computes values from locals; no effect anyone else could see
    CALL = "call"  # one awaitable primitive call (an LM call); may overlap with others
    EFFECT = "effect"  # an unknown call, a visible mutation, raise/assert: kept in order
    RETURN = "return"  # the function's exit: waits for everything before it
    BLOCK = "block"  # a compound statement (if, loop, try, ...) run in place, in order


@dataclass(eq=False)
class Step:
    """One statement of the normalised body, with the analyses' annotations."""

    index: int
    node: Any  # the libcst statement (opaque here: this module imports no libcst)
    origin: Origin
    code: str = ""  # the statement as source text, for reports and errors
    kind: StepKind = StepKind.PURE
    primitive: str = ""  # qualified name of the awaited primitive, for CALL steps
    reads: frozenset[str] = frozenset()  # versioned local names read
    writes: frozenset[str] = frozenset()  # versioned local names bound
    updates: frozenset[str] = frozenset()  # versioned names rebound in place (augmented assignment)
    reads_objects: frozenset[int] = frozenset()  # alias classes whose contents are read
    writes_objects: frozenset[int] = frozenset()  # alias classes whose contents may change
    may_raise: bool = True  # False only when the step provably cannot raise (analysis.raises)
    exits: bool = False  # may leave the enclosing body (return, break, continue): a barrier
    inline: bool = False  # awaits its calls where they stand (under `and`/`or`, `if`, ...)
    bound_before: frozenset[str] = frozenset()  # names certainly bound when a block starts
    strs_before: frozenset[str] = frozenset()  # names certainly holding a str then
    fanout: Any = None  # for a loop whose iterations can run together (analysis.loops)
    effect: bool = False  # does something outside the function can see (analysis.effects)
    makes_calls: bool = False  # a block with LM calls in it (analysis.effects)
    detached: bool = False  # a block run as a task of its own, like a call (analysis.graph)
    notes: list[str] = field(default_factory=list)  # why this step is kept in order, for reports
    leading_lines: tuple[Any, ...] = ()  # the comments above the statement, carried along
    load_names: dict[str, str] = field(default_factory=dict)  # identifier -> emitted name
    store_names: dict[str, str] = field(default_factory=dict)  # identifier -> emitted name

    @property
    def is_async(self) -> bool:
        return self.kind is StepKind.CALL


@dataclass(frozen=True)
class Graph:
    """What the scheduler needs, and nothing of libcst.

    ``deps[i]``: the steps that must be complete before step ``i`` runs or starts.
    ``join_after[i]``: for an async step, the steps that must have run before its result (or
    failure) is taken, so that an error surfaces only after the visible effects that precede it.
    ``reasons[(a, b)]``: why ``b`` waits for ``a``, in words, for reports.
    ``relocatable[i]``: the step may also run elsewhere, inside a chain that starts a later
    call as soon as its inputs are ready: a plain step that cannot fail, changes nothing and
    reads no object that anything changes; or a call of no effects.
    """

    size: int
    is_async: tuple[bool, ...]
    deps: tuple[frozenset[int], ...]
    join_after: tuple[frozenset[int], ...]
    reasons: dict[tuple[int, int], str] = field(default_factory=dict, compare=False)
    relocatable: tuple[bool, ...] = ()
