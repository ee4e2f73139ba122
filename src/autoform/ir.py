"""Plain data shared by the compiler stages; this module imports no libcst.

`Origin` says where a piece of code came from in the user's file. A `Step` is one statement
of the normalised body (an "equation"), as `normalize` made it. Each analysis returns its
own frozen record per step (`Activity`, `Effects`, `Safety`); `Facts` puts one step's
records side by side for the stages that read them all. The graph builder turns the facts
into a `Graph` whose edges say, as data (`EdgeKind`), why one step waits for another; the
graph is all the scheduler sees.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "Activity",
    "Edge",
    "EdgeKind",
    "Effects",
    "Entry",
    "Facts",
    "Graph",
    "Ordered",
    "Origin",
    "Origins",
    "Safety",
    "Step",
    "StepKind",
]


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


@dataclass
class Origins:
    """Where each emitted statement came from (keyed by the emitted node itself, at any
    depth), for a gather, where each of its awaitables came from, and for an awaited call,
    where the call is. Filled by the
    emitter, read by the loader."""

    statements: dict[Any, Origin] = field(default_factory=dict)
    gathers: dict[Any, list[Origin]] = field(default_factory=dict)
    # A statement whose value is the user's call, awaited: where that call is (a failure
    # there is reported at its columns, as Python's traceback marks them).
    values: dict[Any, Origin] = field(default_factory=dict)
    # Where a node of the generated code stands in the user's file, if it is (or the
    # emitter made it from) a call of the user's: `FunctionSource.exact_origin`.
    exact: Any = None
    # Python's tree of a statement of the user's, emitted as written: every node of it keeps
    # its own place (`FunctionSource.written_statement`).
    written: Any = None
    # A function the emitter made of a comprehension's items: the name of the frame they
    # ran in as written (`Step.frame`), by the function's name.
    frames: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Entry:
    """What holds when a body (the function's, or a block's) starts."""

    bound: frozenset[str] = frozenset()  # names certainly bound
    strs: frozenset[str] = frozenset()  # names certainly holding a str
    sequential: bool = False  # each step after the one before (a `try` or `with` body)
    top: bool = False  # the function's own body
    # Inside a `try` whose `finally` (or handler) sees the names the body binds: a failure
    # must come after every binding before it (`EdgeKind.OBSERVED`).
    observed: bool = False


class StepKind(enum.Enum):
    PURE = "pure"  # computes values from locals; no effect anyone else could see
    CALL = "call"  # one awaitable primitive call (an LM call); may overlap with others
    EFFECT = "effect"  # an unknown call, a visible mutation, raise/assert: kept in order
    RETURN = "return"  # the function's exit, with no call of its own: waits for everything
    BLOCK = "block"  # a compound statement (if, loop, try, ...) run in place, in order


@dataclass(frozen=True, eq=False)
class Step:
    """One statement of the normalised body (`normalize`)."""

    index: int
    node: Any  # the libcst statement (opaque here)
    origin: Origin
    code: str = ""  # the statement as source text, for reports and errors
    inline: bool = False  # awaits its calls where they stand (under `and`/`or`, `if`, ...)
    leading_lines: tuple[Any, ...] = ()  # the comments above the statement, carried along
    # A loop made of a comprehension: the name of the frame its items ran in as written
    # (`<genexpr>`); "" for the function's own.
    frame: str = ""


@dataclass(frozen=True)
class Activity:
    """Which local names a step reads and binds, each binding a version (`activity`)."""

    reads: frozenset[str] = frozenset()  # versioned local names read
    writes: frozenset[str] = frozenset()  # versioned local names bound
    updates: frozenset[str] = frozenset()  # versioned names rebound in place (`x += ...`)
    load_names: Mapping[str, str] = field(default_factory=dict)  # identifier -> emitted name
    store_names: Mapping[str, str] = field(default_factory=dict)  # identifier -> emitted name


@dataclass(frozen=True)
class Effects:
    """What a step does beyond its own names (`effects`), and so how it is taken."""

    kind: StepKind = StepKind.PURE
    primitive: str = ""  # qualified name of the awaited primitive, for a call
    returns: bool = False  # the function's `return` statement (of a call, or not)
    effect: bool = False  # does something outside the function can see
    makes_calls: bool = False  # a block with LM calls in it
    exits: bool = False  # may leave the enclosing body (return, break, continue): a barrier
    reads_objects: frozenset[int] = frozenset()  # alias atoms whose contents are read
    writes_objects: frozenset[int] = frozenset()  # alias atoms whose contents may change
    fanout: Any = None  # a loop whose iterations run together (`loops`, kept by `effects`)
    in_order: Any = None  # a loop that does not fan out: why (`loops.InOrder`)
    notes: tuple[str, ...] = ()  # why the step is kept in order, for reports
    reads_state: bool = False  # reads module state: a global's value, or through a call
    # reads module state that may change: a global other than a str its module binds once,
    # or through a call that does (`analysis.unseen`'s formatters may change it)
    reads_changing: bool = False
    returns_shared: bool = False  # returns what may be module state or an argument
    returns_immutable: bool = False  # a `return` of an immutable value (a str, None, a number)
    # Writes output (print, logging; a helper whose only effect is that), and has no other
    # effect: a call of such a helper is no effect here (its output comes in its turn,
    # `autoform.turns`); a statement that writes is one, ordered among effects.
    output: bool = False
    # A call of a helper whose log records may print the stack writing them
    # (`HelperSummary.in_place`): awaited where it stands, in the caller's own task, in order.
    pinned: bool = False


@dataclass(frozen=True)
class Safety:
    """Whether a step might raise (`raises`), and what is certain when a block starts."""

    may_raise: bool = True
    bound_before: frozenset[str] = frozenset()  # names certainly bound when a block starts
    strs_before: frozenset[str] = frozenset()  # names certainly holding a str then
    returns_str: bool = False  # a `return` of a value certainly a str
    returns_type: str | None = None  # a `return` of a value certainly of this type
    # Cannot fail, yet may run someone's code (an f-string of an object: its `__format__`):
    # it must not run twice (a chain would rerun it).
    runs_code: bool = False
    # A call that may raise only in its arguments, whose evaluation runs no one's code (an
    # index, a key, a parse): it may start early, its failure taken in program order.
    deferred: bool = False
    # Running it runs no one's code, changes nothing, reads no module state and gives the
    # same value from the same inputs, though it may raise (`json.loads(r)`, `xs[0]`): it may
    # run a second time, early, where its failure is never taken (a chain reruns it).
    quiet: bool = False
    # A call whose arguments cannot fail, yet may run someone's code (an f-string, `str()`,
    # a template of a value whose type is not certain: its `__format__`, `__str__`): made
    # ahead of its place only when those values turn out to be builtin when it runs, else
    # in its turn (`runtime.when_plain`). The names of those values, as the user wrote them.
    guarded: tuple[str, ...] = ()
    # A plain step judged quiet only by trusting annotations (a dataclass's field types, a
    # parameter's `list[Segment]`): `guarded` names the values it took on trust, these the
    # module's classes their instances must be exactly (`runtime.plain_or_turn`).
    guard_classes: tuple[str, ...] = ()
    # A log call whose record may not be made of the values it is given (`raises.
    # record_fits`): logging then reports it with the stack of the code writing it, which
    # must be where the sequential program writes it (a helper doing so runs in place).
    log_misfit: bool = False


_NO_ACTIVITY = Activity()
_NO_EFFECTS = Effects()
_NO_SAFETY = Safety()


@dataclass(frozen=True, eq=False)
class Facts:
    """One step with what every analysis found about it: what the graph builder, the
    emitter and the reports read. Built by the compiler from the analyses' records; an
    analysis that runs before another sees that one's defaults."""

    step: Step
    activity: Activity = _NO_ACTIVITY
    effects: Effects = _NO_EFFECTS
    safety: Safety = _NO_SAFETY

    # The step's own fields, and each record's, read through (``facts.reads``).
    index = property(lambda self: self.step.index)
    node = property(lambda self: self.step.node)
    origin = property(lambda self: self.step.origin)
    code = property(lambda self: self.step.code)
    inline = property(lambda self: self.step.inline)
    leading_lines = property(lambda self: self.step.leading_lines)
    reads = property(lambda self: self.activity.reads)
    writes = property(lambda self: self.activity.writes)
    updates = property(lambda self: self.activity.updates)
    load_names = property(lambda self: self.activity.load_names)
    store_names = property(lambda self: self.activity.store_names)
    kind = property(lambda self: self.effects.kind)
    primitive = property(lambda self: self.effects.primitive)
    returns = property(lambda self: self.effects.returns)
    effect = property(lambda self: self.effects.effect)
    makes_calls = property(lambda self: self.effects.makes_calls)
    exits = property(lambda self: self.effects.exits)
    reads_objects = property(lambda self: self.effects.reads_objects)
    writes_objects = property(lambda self: self.effects.writes_objects)
    fanout = property(lambda self: self.effects.fanout)
    in_order = property(lambda self: self.effects.in_order)
    notes = property(lambda self: self.effects.notes)
    output = property(lambda self: self.effects.output)
    may_raise = property(lambda self: self.safety.may_raise)
    bound_before = property(lambda self: self.safety.bound_before)
    strs_before = property(lambda self: self.safety.strs_before)
    runs_code = property(lambda self: self.safety.runs_code)
    deferred = property(lambda self: self.safety.deferred)
    quiet = property(lambda self: self.safety.quiet)
    guarded = property(lambda self: self.safety.guarded)
    guard_classes = property(lambda self: self.safety.guard_classes)

    @property
    def is_async(self) -> bool:
        return self.kind is StepKind.CALL


class EdgeKind(enum.Enum):
    """Why a step waits for an earlier one. The first four carry a value; the rest keep
    an order the contract needs. Listed in the order reports prefer them."""

    DATA = "data"  # reads a name the earlier step binds
    UPDATE = "update"  # rebinds in place (`x += ...`) a value the earlier step read
    OBJECT = "object"  # may touch an object the earlier step touches, one of them writing
    # reads module state or objects, which the earlier call's formatting of its arguments
    # may change (in a module whose dunders may change state: `analysis.unseen`)
    FORMATS = "formats"
    TRY = "try"  # inside a `try`: a caught failure must stop what follows
    EXIT = "exit"  # the earlier step may leave the body
    RETURN = "return"  # `return` waits for everything before it
    EFFECT_ORDER = "effect order"  # kept in order among effects
    AFTER_CALLS = "after calls"  # had an earlier LM call failed, it would never have run
    # may raise inside a `try` whose `finally` reads the names bound before it
    OBSERVED = "observed"

    @property
    def carries_value(self) -> bool:
        return self in _VALUE_KINDS

    @property
    def keeps_order(self) -> bool:
        """Kept only so that effects and failures come in program order: into a step of no
        effect (`Graph.floating`), only so that its failure does."""
        return self in _ORDER_KINDS


_VALUE_KINDS = frozenset({EdgeKind.DATA, EdgeKind.UPDATE, EdgeKind.OBJECT, EdgeKind.FORMATS})
_ORDER_KINDS = frozenset({EdgeKind.EFFECT_ORDER, EdgeKind.AFTER_CALLS, EdgeKind.OBSERVED})


class Ordered(enum.Enum):
    """What kind of step keeps its order (on `EFFECT_ORDER` and `AFTER_CALLS` edges)."""

    EFFECT = "an effect"
    BLOCK = "a block"
    MAY_RAISE = "a step that may raise"
    PINNED = "a call made where it stands (a log record it writes may print the stack writing it)"


@dataclass(frozen=True)
class Edge:
    """One reason for ``b`` to wait for ``a``."""

    kind: EdgeKind
    name: str = ""  # DATA, UPDATE: the user's name of the value
    ordered: Ordered | None = None  # EFFECT_ORDER, AFTER_CALLS: what keeps its order

    @property
    def rank(self) -> int:
        """Its kind's place in `EdgeKind`: reports prefer lower ranks."""
        return _RANK[self.kind]


_RANK = {kind: k for k, kind in enumerate(EdgeKind)}


@dataclass(frozen=True)
class Graph:
    """What the scheduler needs, and nothing of libcst.

    ``deps[i]``: the steps that must be complete before step ``i`` runs or starts.
    ``join_after[i]``: for an async step, the steps that must have run before its result (or
    failure) is taken, so that an error surfaces only after the visible effects that precede it.
    ``edges[(a, b)]``: every reason ``b`` waits for ``a``, the preferred first.
    ``relocatable[i]``: the step may also run elsewhere, inside a chain that starts a later
    call as soon as its inputs are ready: a plain step that cannot fail, changes nothing and
    reads no object that anything changes; or a call of no effects.
    ``detached[i]``: a block taken like a call, run as a task beside the calls before it.
    ``floating[i]``: a relocatable plain step that may raise (``data = json.loads(reply)``).
    The body runs it in its place, after the calls and effects before it, so that its
    failure comes out where the sequential run raises it; a chain may also run it as soon
    as its values exist (following only the edges that do not just keep an order,
    `EdgeKind.keeps_order`): it runs no one's code and gives the same value both times, so
    the chain's copy of its failure is never the one taken.
    """

    size: int
    is_async: tuple[bool, ...]
    deps: tuple[frozenset[int], ...]
    join_after: tuple[frozenset[int], ...]
    edges: Mapping[tuple[int, int], tuple[Edge, ...]] = field(default_factory=dict, compare=False)
    relocatable: tuple[bool, ...] = ()
    detached: tuple[bool, ...] = ()
    deferred: tuple[bool, ...] = ()  # a call whose arguments' failure is taken at its join
    floating: tuple[bool, ...] = ()

    def value_deps(self, i: int) -> frozenset[int]:
        """What step ``i`` waits for, less what a floating step waits for only to keep its
        failure in order: what a chain that reruns it needs."""
        if not self.floating or not self.floating[i]:
            return self.deps[i]
        return frozenset(
            d
            for d in self.deps[i]
            if not (why := self.edges.get((d, i))) or not all(e.kind.keeps_order for e in why)
        )

    def why(self, a: int, b: int) -> Edge | None:
        """The preferred reason ``b`` waits for ``a`` (a value before an order)."""
        found = self.edges.get((a, b))
        return found[0] if found else None

    def carries_value(self, a: int, b: int) -> bool:
        """Does ``b`` wait for ``a`` because of a value (not only to keep an order)?"""
        return any(e.kind.carries_value for e in self.edges.get((a, b), ()))
