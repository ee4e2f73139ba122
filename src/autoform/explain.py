"""The parallelism report behind ``autoform-compile --explain``, and the words of
`KeptInOrderWarning`.

Needs: a `Compiled` function (and, from the command line, the helpers it calls, compiled
too, and what could not be seen). Produces: text saying how many LM calls it makes and the
longest chain of them that wait for one another, counted as it will run, inside blocks,
loops and helpers (a loop whose items run together counts its body's chain once; a loop
kept in order, per item, since the number of items is known only when it runs; a loop
decided as it starts, `FanOut.unless`, as it runs in order, the longest it may take, with
a line giving the counts when its items run together); which calls run together; for every
call that waits, what it waits for and why, naming the statement that holds it back when it
needs no value; then, body by body, what is kept in order for safety and why, for a loop
the fact its record names (`loops.InOrder`) and the statement that has it. The reasons are
the graph's edges (`Edge`, `EdgeKind`, `Ordered`) and the analyses' records (`Facts`); this
is the one place they become prose: one table for edges (`_EDGE_WORDS`), one for loops
(`_HELD`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

import libcst as cst

from .analysis.calls import CallInfo, CallKind
from .analysis.loops import FanOut, InOrder, Why
from .compiler import Body, Compiled
from .ir import Edge, EdgeKind, Facts, Ordered, Origin, StepKind
from .syntax.walk import walk

__all__ = ["Count", "KeptInOrder", "Loop", "describe", "explain", "kept_in_order"]


def describe(edge: Edge, after: str = "", subject: Facts | None = None) -> str:
    """Why a step waits, in words: a verb phrase whose subject is the waiting step (known:
    ``subject``); ``after``: the step it waits for, named (unnamed, it is said in general).
    The one place edge kinds become prose."""
    general, named = _EDGE_WORDS[edge.kind]
    ordered = edge.ordered.value if edge.ordered is not None else "a step"
    if subject is not None and subject.inline and edge.ordered is Ordered.BLOCK:
        ordered = "a statement awaiting its calls in place"
    return (named if after else general).format(name=edge.name, ordered=ordered, after=after)


# Each kind of edge: (said in general, said of the earlier step named as ``{after}``).
_EDGE_WORDS: dict[EdgeKind, tuple[str, str]] = {
    EdgeKind.DATA: ("reads `{name}`", "reads `{name}` from {after}"),
    EdgeKind.UPDATE: (
        "updates `{name}` after it is read",
        "updates `{name}` after {after} reads it",
    ),
    EdgeKind.OBJECT: ("may touch the same object", "may touch the same object as {after}"),
    EdgeKind.FORMATS: (
        "reads state that code run on an earlier step's objects may change: {name}",
        "reads state that code run on the objects of {after} may change: {name}",
    ),
    EdgeKind.TRY: (
        "is inside a `try`, where a caught failure must stop what follows",
        "is inside a `try`, after {after}: a caught failure must stop what follows",
    ),
    EdgeKind.EXIT: (
        "runs only once the step before it has not left the body",
        "runs only once {after} has not left the body",
    ),
    EdgeKind.RETURN: (
        "is the return, which waits for everything before it",
        "is the return, which waits for everything before it ({after} too)",
    ),
    EdgeKind.EFFECT_ORDER: (
        "is {ordered}, kept in its place after the effect before it",
        "is {ordered}, kept in its place after {after}",
    ),
    EdgeKind.AFTER_CALLS: (
        "is {ordered}, so it waits for the LM calls before it",
        "is {ordered}, so it waits for the LM calls before it ({after} among them)",
    ),
    EdgeKind.OBSERVED: (
        "may raise inside a `try` whose `finally` reads what the steps before it bind",
        "may raise inside a `try` whose `finally` reads what the steps before it bind "
        "({after} among them)",
    ),
}


# =====================================================================================
# COUNTS: calls and chains, through blocks, loops and helpers
# =====================================================================================


@dataclass(frozen=True, order=True)
class Loop:
    """A loop whose number of items (``unit``: "item" or "pass") is known when it runs."""

    where: str  # "the loop at line 12", "the `while` loop at line 30 of `chain`"
    unit: str = "item"
    units: str = "items"


@dataclass(frozen=True)
class Count:
    """A number of LM calls that may grow with loops whose number of items is known only
    when they run: ``terms[loops]`` calls per item of each loop in ``loops`` (the empty
    tuple: the fixed part). ``upto``: a bound, not an exact number (branches, ``and``/``or``,
    a handler that may run, chains that cannot be compared without knowing the items)."""

    terms: Mapping[tuple[Loop, ...], int] = field(default_factory=dict)
    upto: bool = False

    @staticmethod
    def of(n: int) -> Count:
        return Count({(): n} if n else {})

    def __add__(self, other: Count) -> Count:
        terms = dict(self.terms)
        for key, k in other.terms.items():
            terms[key] = terms.get(key, 0) + k
        return Count(terms, self.upto or other.upto)

    def most(self, other: Count, alternatives: bool = False) -> Count:
        """The larger of two counts, term by term: a bound when neither is always the
        larger, or (``alternatives``: one of two branches runs) when they differ."""
        keys = set(self.terms) | set(other.terms)
        mine = all(self.terms.get(k, 0) >= other.terms.get(k, 0) for k in keys)
        theirs = all(other.terms.get(k, 0) >= self.terms.get(k, 0) for k in keys)
        terms = {k: max(self.terms.get(k, 0), other.terms.get(k, 0)) for k in keys}
        differ = dict(self.terms) != dict(other.terms)
        bound = (alternatives and differ) or not (mine or theirs)
        return Count(terms, self.upto or other.upto or bound)

    def per(self, loop: Loop) -> Count:
        """This count for each item of ``loop``."""
        return Count({(*key, loop): k for key, k in self.terms.items()}, self.upto)

    def at(self, items: int) -> int:
        """The number with ``items`` items in every loop."""
        return sum(k * items ** len(key) for key, k in self.terms.items())

    @property
    def fixed(self) -> bool:
        return all(not key for key in self.terms)

    def __str__(self) -> str:
        parts = []
        for key, k in sorted(self.terms.items(), key=lambda item: (len(item[0]), item[0])):
            if not key:
                parts.append(f"{k}")
                continue
            outer, *inner = reversed(key)  # (the outermost loop was counted last)
            times = "".join(f" \N{MULTIPLICATION SIGN} the {i.units} of {i.where}" for i in inner)
            parts.append(f"{k} per {outer.unit} of {outer.where}{times}")
        return ("up to " if self.upto else "") + (" + ".join(parts) or "0")


@dataclass(frozen=True)
class _Counts:
    """What a piece of code makes: its LM calls, and its longest chain of them."""

    calls: Count
    chain: Count


_NONE = _Counts(Count(), Count())
_ONE = _Counts(Count.of(1), Count.of(1))


class _Counter:
    """Counts calls and chains of a compiled function, its blocks and the helpers known."""

    def __init__(
        self,
        compiled: Compiled,
        helpers: Mapping[str, Compiled],
        where: str = "",
        together: bool = False,
        decided: list[tuple[Loop, str]] | None = None,
    ):
        self.compiled = compiled
        self.helpers = helpers
        self.where = where  # " of `helper`" for a helper's loops
        # A loop decided as it starts (`FanOut.unless`) counts as its items run together
        # (``together``), else as they run one after another: the longest it may run.
        self.together = together
        self.decided: list[tuple[Loop, str]] = [] if decided is None else decided  # met, test
        self._helper_counts: dict[str, _Counts] = {}

    def function(self) -> _Counts:
        return self.body(self.compiled.body)

    def body(self, body: Body) -> _Counts:
        steps, graph = body.steps, body.graph
        inner = _inner_bodies(self.compiled, body)
        depth: list[Count] = []
        # The same, through what a chain waits for (`Graph.value_deps`): a call started as a
        # chain reruns the steps that may raise it needs as soon as their values exist.
        lean: list[Count] = []
        calls, chain = Count(), Count()
        for s in steps:
            own = self.step(s, inner.get(s.index, []))
            before, lean_before = Count(), Count()
            for a in graph.deps[s.index]:
                before = before.most(depth[a])
            for a in graph.value_deps(s.index):
                lean_before = lean_before.most(lean[a])
            lean.append(lean_before + own.chain)
            depth.append(lean[-1] if s.index in body.plan.chains else before + own.chain)
            calls = calls + own.calls
            chain = chain.most(depth[-1])
        return _Counts(calls, chain)

    def step(self, s: Facts, inner: list[tuple[str, Body]]) -> _Counts:
        if s.kind is StepKind.CALL:
            return self.call(s.primitive)
        node = s.node
        if isinstance(node, cst.BaseCompoundStatement):
            return self.block(s, node, inner)
        if s.makes_calls or s.inline:
            # Calls awaited where they stand: one after another, some perhaps not at all.
            found = [self.call_node(c) for c in _awaited(node, self.compiled.calls)]
            conditional = any(isinstance(n, cst.BooleanOperation | cst.IfExp) for n in walk(node))
            total = _seq(found)
            return _Counts(
                Count(total.calls.terms, total.calls.upto or conditional),
                Count(total.chain.terms, total.chain.upto or conditional),
            )
        return _NONE

    def call_node(self, call: cst.Call) -> _Counts:
        return self.call(self.compiled.calls[call].qualname or "")

    def call(self, qualname: str) -> _Counts:
        """A call: one, or a helper's own calls and chain when it was compiled too."""
        helper = self.helpers.get(qualname)
        if helper is None:
            return _ONE
        if qualname not in self._helper_counts:
            self._helper_counts[qualname] = _NONE  # (recursion is an unknown call anyway)
            name = qualname.rpartition(".")[2]
            counted = _Counter(
                helper, self.helpers, f" of `{name}`", self.together, self.decided
            ).function()
            # A helper whose calls were not seen still makes at least its call.
            self._helper_counts[qualname] = counted if counted.calls.terms else _ONE
        return self._helper_counts[qualname]

    def block(self, s: Facts, node: cst.BaseCompoundStatement, inner: list[tuple[str, Body]]):
        parts: dict[str, list[_Counts]] = {}
        for part, block in inner:
            parts.setdefault(part, []).append(self.body(block))
        header = _seq([self.call_node(c) for c in _awaited_header(node, self.compiled.calls)])

        def total(name: str) -> _Counts:
            return _seq(parts.get(name, []))

        if isinstance(node, cst.For | cst.While):
            loop = (
                Loop(f"the loop at line {s.origin.line}{self.where}")
                if isinstance(node, cst.For)
                else Loop(f"the `while` loop at line {s.origin.line}{self.where}", "pass", "passes")
            )
            each = total("body")
            if s.fanout is not None and s.fanout.inner is not None:
                each = self._nested(s.fanout, inner)
            together = s.fanout is not None
            decided = _decided(s, inner)
            if decided is not None:
                self.decided.append((loop, _code_of(s.fanout.unless)))
                together = self.together
                each = self.body(decided[0] if together else decided[1])
            calls = each.calls.per(loop)
            # Items that run together wait for one another's chain once; in order, per item.
            chain = each.chain if together else each.chain.per(loop)
            if isinstance(node, cst.While):  # its test runs before each item, and once more
                calls, chain = calls + header.calls.per(loop), chain + header.chain.per(loop)
            out = _Counts(calls, chain)
            return _seq([header, out, total("orelse")])
        if isinstance(node, cst.If):
            branches = [total(f"branch {k}") for k in range(_branches(node))]
            if isinstance(node.orelse, cst.If) and header.calls.terms:  # an `elif` may not run
                header = _Counts(Count(header.calls.terms, True), Count(header.chain.terms, True))
            return _seq([header, _alternatives(branches)])
        if isinstance(node, cst.Try | cst.TryStar):
            handlers = [total(f"handler {k}") for k in range(len(node.handlers))]
            middle = _alternatives([total("orelse"), *handlers])
            return _seq([header, total("body"), middle, total("finalbody")])
        return _seq([header, *(total(p) for p in parts)])

    def _nested(self, fan: FanOut, inner: list[tuple[str, Body]]) -> _Counts:
        """An item of a loop whose inner loop's items run with it (`FanOut.inner`): the
        inner items' bodies (below the inner loop's line) count per item of that loop."""
        line = self.compiled.src.origin(fan.body[-1]).line
        loop = Loop(f"the loop at line {line}{self.where}")
        bodies = [b for part, b in inner if part == "body"]
        items = _seq([self.body(b) for b in bodies if b.steps and b.steps[0].origin.line > line])
        rest = [self.body(b) for b in bodies if not b.steps or b.steps[0].origin.line <= line]
        return _seq([*rest, _Counts(items.calls.per(loop), items.chain)])


def _decided(s: Facts, inner: Sequence[tuple[str, Body]]) -> tuple[Body, Body] | None:
    """For a loop decided as it starts (`FanOut.unless`): its items' body and its body run
    in order (`emit.fanout._decided` compiles the items' first)."""
    if s.fanout is None or s.fanout.unless is None:
        return None
    bodies = [block for part, block in inner if part == "body"]
    return (bodies[0], bodies[-1]) if len(bodies) == 2 else None


def _code_of(node: cst.CSTNode) -> str:
    return cst.Module([]).code_for_node(node)


def _seq(counts: Iterable[_Counts]) -> _Counts:
    """Counts of parts that run one after another."""
    calls, chain = Count(), Count()
    for c in counts:
        calls, chain = calls + c.calls, chain + c.chain
    return _Counts(calls, chain)


def _alternatives(counts: list[_Counts]) -> _Counts:
    """Counts of parts one of which runs."""
    if not counts:
        return _NONE
    calls, chain = counts[0].calls, counts[0].chain
    for c in counts[1:]:
        calls = calls.most(c.calls, alternatives=True)
        chain = chain.most(c.chain, alternatives=True)
    return _Counts(calls, chain)


def _awaited(node: cst.CSTNode, calls: Mapping[cst.Call, CallInfo]) -> list[cst.Call]:
    return [
        n
        for n in walk(node)
        if isinstance(n, cst.Call) and n in calls and calls[n].kind is CallKind.AWAITABLE
    ]


def _awaited_header(
    node: cst.BaseCompoundStatement, calls: Mapping[cst.Call, CallInfo]
) -> list[cst.Call]:
    """The calls a block's header awaits where they stand (a test, what a loop walks)."""
    parts: list[cst.CSTNode] = []
    if isinstance(node, cst.For):
        parts = [node.iter]
    elif isinstance(node, cst.While):
        parts = [node.test]
    elif isinstance(node, cst.If):
        # (an `elif` test runs only when the tests before it fail: counted, as a bound)
        branch: cst.If | cst.Else | None = node
        while isinstance(branch, cst.If):
            parts.append(branch.test)
            branch = branch.orelse
    elif isinstance(node, cst.With):
        parts = list(node.items)
    return [c for p in parts for c in _awaited(p, calls)]


def _branches(node: cst.If) -> int:
    n, orelse = 1, node.orelse
    while isinstance(orelse, cst.If):
        n, orelse = n + 1, orelse.orelse
    return n + (orelse is not None)


def _suites(node: cst.BaseCompoundStatement) -> list[tuple[str, cst.CSTNode]]:
    """The bodies of a compound statement, each with the part it is (see `_Counter.block`)."""
    if isinstance(node, cst.If):
        out: list[tuple[str, cst.CSTNode]] = []
        branch: cst.If | cst.Else | None = node
        while isinstance(branch, cst.If):
            out.append((f"branch {len(out)}", branch.body))
            branch = branch.orelse
        if branch is not None:
            out.append((f"branch {len(out)}", branch.body))
        return out
    if isinstance(node, cst.Try | cst.TryStar):
        out = [("body", node.body)]
        for k, handler in enumerate(node.handlers):
            if isinstance(handler, cst.ExceptHandler | cst.ExceptStarHandler):
                out.append((f"handler {k}", handler.body))
        out += [("orelse", node.orelse.body)] if node.orelse is not None else []
        out += [("finalbody", node.finalbody.body)] if node.finalbody is not None else []
        return out
    out = [("body", getattr(node, "body", node))]
    orelse = getattr(node, "orelse", None)
    if isinstance(orelse, cst.Else):
        out.append(("orelse", orelse.body))
    return out


def _inner_bodies(compiled: Compiled, body: Body) -> dict[int, list[tuple[str, Body]]]:
    """The bodies compiled inside each block step of ``body``, with the part each is: found
    by where their first statement stands in the user's file."""
    blocks = [s for s in body.steps if isinstance(s.node, cst.BaseCompoundStatement)]
    out: dict[int, list[tuple[str, Body]]] = {}
    for inner in body.blocks:
        if not inner.steps:
            continue
        line = inner.steps[0].origin.line
        around = [s for s in blocks if s.origin.line <= line <= s.origin.end_line]
        if not around:
            continue
        step = max(around, key=lambda s: s.origin.line)
        part = "body"
        best: tuple[int, int] | None = None
        for name, suite in _suites(step.node):
            where = compiled.src.origin(suite)
            if where.line <= line <= where.end_line and (
                best is None or where.end_line - where.line < best[1] - best[0]
            ):
                part, best = name, (where.line, where.end_line)
        out.setdefault(step.index, []).append((part, inner))
    return out


def _speedup(calls: Count, chain: Count) -> str:
    if calls.fixed and chain.fixed:
        n, m = calls.at(1), chain.at(1)
        return f"{n / m:.2f}x" if m else "1.00x"
    one, ten = (calls.at(k) / max(chain.at(k), 1) for k in (1, 10))
    return f"{one:.2f}x with one item in each loop, {ten:.2f}x with ten"


# =====================================================================================
# WAITS: what each call waits for, and what holds it back
# =====================================================================================


@dataclass(frozen=True)
class Hop:
    """One edge on the way from an earlier call to a step that waits for it: ``at`` waits
    for ``after`` because of ``edge``."""

    edge: Edge
    after: int
    at: int


@dataclass(frozen=True)
class Wait:
    """A step waits for an earlier LM call (or a block making some), ``call``, through
    ``hops`` (the waiting step's own edge first, the call's last)."""

    call: int
    hops: tuple[Hop, ...]

    @property
    def needs_value(self) -> bool:
        return all(h.edge.kind.carries_value for h in self.hops)

    @property
    def rank(self) -> int:
        """Which way to tell, of several: names passed on (0), then other values (1), then
        an order kept (2)."""
        if all(h.edge.kind is EdgeKind.DATA for h in self.hops):
            return 0
        return 1 if self.needs_value else 2

    @property
    def holder(self) -> Hop:
        """The edge that keeps the order, when no value is needed (else the first)."""
        return next((h for h in self.hops if not h.edge.kind.carries_value), self.hops[0])


def _makes_calls(s: Facts) -> bool:
    return s.kind is StepKind.CALL or bool(s.primitive) or s.fanout is not None or s.makes_calls


def _waits(body: Body) -> dict[int, dict[int, Wait]]:
    """The nearest steps making calls each step waits for, through plain steps, each by one
    way: through values when it needs one, else the order it must keep. (`return` waits
    for everything; only what it actually needs is worth saying.)"""
    steps, graph = body.steps, body.graph
    units = {s.index for s in steps if _makes_calls(s)}
    waits: dict[int, dict[int, Wait]] = {}
    # The same, through the value edges of steps that may raise (`Graph.value_deps`): what a
    # call started as a chain waits for, since the chain reruns such a step as soon as its
    # values exist (`Graph.floating`).
    lean: dict[int, dict[int, Wait]] = {}
    for s in steps:
        i = s.index
        for view, deps in ((waits, graph.deps[i]), (lean, graph.value_deps(i))):
            found: dict[int, Wait] = {}
            for a in sorted(deps, key=lambda a: not graph.carries_value(a, i)):
                why = graph.why(a, i)
                if why is None or why.kind is EdgeKind.RETURN:
                    continue
                hop = Hop(why, a, i)
                if a in units:
                    direct = Wait(a, (hop,))
                    if a not in found or direct.rank < found[a].rank:
                        found[a] = direct
                    continue
                # Through a plain step: a way of values is preferred, names over objects.
                for c, inner in view[a].items():
                    way = Wait(c, (hop, *inner.hops))
                    if c not in found or way.rank < found[c].rank:
                        found[c] = way
            view[i] = found
    return {i: lean[i] if i in body.plan.chains else found for i, found in waits.items()}


def _kept(step: Facts) -> str:
    """What an earlier step kept in order is, from its facts."""
    if step.kind is StepKind.EFFECT:
        return "an effect"
    if step.kind is StepKind.BLOCK:
        return "a block"
    return "a call that may raise" if step.kind is StepKind.CALL else "a step that may raise"


def _named(edge: Edge, step: Facts, last: bool) -> str:
    """The earlier ``step`` of ``edge``, as `describe` names it: by its line and code, or
    (``last``: the call the way leads to, named already) as "that call"."""
    if last:
        if edge.kind is EdgeKind.EFFECT_ORDER:
            return {
                StepKind.CALL: "that call, which may raise",
                StepKind.BLOCK: "that block",
                StepKind.EFFECT: "that effect",
            }.get(step.kind, "that step")
        return "that call" if step.kind is StepKind.CALL else "that block"
    where = f"line {step.origin.line} `{_code(step)}`"
    return f"{where}, {_kept(step)}" if edge.kind is EdgeKind.EFFECT_ORDER else where


# The edges whose words name the call the way leads to ("may touch the same object as that
# call"); the others' say what they say of any earlier step.
_NAMED_LAST = frozenset({EdgeKind.OBJECT, EdgeKind.EFFECT_ORDER, EdgeKind.EXIT})


def _way(body: Body, wait: Wait) -> str:
    """The way a step waits for a call, from the step back to the call. Values passed on
    from name to name are said as the name the call binds (``reads `summary```)."""
    steps = body.steps
    if all(h.edge.kind is EdgeKind.DATA for h in wait.hops):
        return describe(wait.hops[-1].edge)
    words = []
    for k, hop in enumerate(wait.hops):
        last = k == len(wait.hops) - 1
        subject = steps[hop.at]
        if last and hop.edge.kind not in _NAMED_LAST:
            # (the call it leads to is named already)
            words.append(describe(hop.edge, subject=subject))
        else:
            named = _named(hop.edge, steps[hop.after], last)
            words.append(describe(hop.edge, named, subject))
    return ", which ".join(words)


def _bodies(compiled: Compiled) -> Iterator[tuple[Body, int, str]]:
    """Every body of the function, with its depth (0: the function's own) and where it is."""

    def walk_bodies(body: Body, depth: int, title: str) -> Iterator[tuple[Body, int, str]]:
        yield body, depth, title
        for i, inner in _inner_bodies(compiled, body).items():
            step = body.steps[i]
            decided = _decided(step, inner)
            if decided is not None:  # (told as its items run; in order, it is the same code)
                inner = [(part, b) for part, b in inner if b is not decided[1]]
            for part, block in inner:
                what = "each item of" if step.fanout is not None else _PARTS.get(part, "in")
                if step.fanout is not None and _is_rest(compiled, step.fanout, block):
                    what = "in item order, the rest of each item of"
                where = f"{what} line {step.origin.line} `{_code(step, 40)}`"
                yield from walk_bodies(block, depth + 1, where)

    yield from walk_bodies(compiled.body, 0, "")


_PARTS = {"orelse": "the `else` of", "finalbody": "the `finally` of"}


def _is_rest(compiled: Compiled, fan: FanOut, block: Body) -> bool:
    """Is ``block`` the rest of a loop's items, run in item order (`FanOut.rest`)?"""
    if fan.inner is not None:  # the rest begins with the inner loop's, an `async for`
        node = block.steps[0].node if block.steps else None
        return isinstance(node, cst.For) and node.asynchronous is not None
    first = fan.lead if fan.lead is not None else (fan.rest[0] if fan.rest else None)
    return (
        first is not None
        and bool(block.steps)
        and block.steps[0].origin.line >= compiled.src.origin(first).line
    )


def _label(step: Facts) -> str:
    names = [n for n in step.store_names if not n.startswith("_")]
    if step.fanout is not None and step.fanout.unless is not None:
        return f"the loop `{_code(step)}` (its items together unless {_holds(step)})"
    if step.fanout is not None and step.fanout.distinct:
        return f"the loop `{_code(step)}` (its items together if they are distinct objects)"
    if step.fanout is not None:
        return f"the loop `{_code(step)}` (its items together)"
    if step.returns and step.kind is StepKind.CALL:
        return "the returned call"
    if isinstance(step.node, cst.For | cst.While):
        return f"the loop `{_code(step)}` (one item after another)"
    if isinstance(step.node, cst.BaseCompoundStatement):
        return f"the block `{_code(step)}`"
    return f"`{names[0]}`" if names else f"`{_code(step)}`"


def _holds(step: Facts) -> str:
    """The test under which a loop decided as it starts runs in order, said."""
    return f"`{_code_of(step.fanout.unless)}` holds as it starts"


def _code(step: Facts, width: int = 50) -> str:
    code = step.code.strip()
    return code if len(code) <= width else code[: width - 3] + "..."


@dataclass(frozen=True)
class KeptInOrder:
    """A step making LM calls that waits for an earlier one whose value it does not need,
    or a loop whose items, making LM calls, run one after another."""

    origin: Origin  # the waiting step's
    block: bool  # it is a block making calls (not one call)
    earlier: tuple[Origin, ...]  # the calls it waits for (none: a loop kept in order)
    reason: str  # the fact that keeps the order, in words
    # The whole way from the step to the first of those calls, in words: a verb phrase
    # whose subject is the step (for a loop, the facts that keep it in order).
    way: str


def kept_in_order(compiled: Compiled) -> list[KeptInOrder]:
    """Each step making LM calls, in every body, that waits for an earlier call whose
    value it does not need: order kept for safety, not for data; and each loop making LM
    calls whose items run one after another for an effect recorded of it (``earlier`` is
    empty), when no value is seen to go from one item to the next."""
    out: list[KeptInOrder] = []
    for body, _, _ in _bodies(compiled):
        steps = body.steps
        for s in steps:
            if _held_for_safety(compiled, body, s):
                facts = _in_order(compiled, body, s)
                for _, inner in _inner_bodies(compiled, body).get(s.index, []):
                    effects = [st for st in inner.steps if st.effect]
                    facts += [
                        f"line {st.origin.line} `{_code(st)}` has an effect" for st in effects
                    ]
                reason = _held(s.in_order) if s.in_order is not None else "; ".join(s.notes)
                facts = list(dict.fromkeys(facts))  # (one statement, said once)
                out.append(KeptInOrder(s.origin, True, (), reason, "; ".join(facts)))
        waits = _waits(body)
        for i in sorted(i for i in waits if _makes_calls(steps[i])):
            kept = [w for _, w in sorted(waits[i].items()) if not w.needs_value]
            if not kept:
                continue
            way = _way(body, kept[0])
            block = isinstance(steps[i].node, cst.BaseCompoundStatement)
            if block and kept[0].holder is kept[0].hops[0]:
                # The block itself keeps its place: what keeps it from running beside them.
                facts = _block_facts(steps[i])
                way += f" ({'; '.join(facts)})" if facts else ""
            out.append(
                KeptInOrder(
                    steps[i].origin,
                    block,
                    tuple(steps[w.call].origin for w in kept),
                    describe(kept[0].holder.edge),
                    way,
                )
            )
    return out


def _held_for_safety(compiled: Compiled, body: Body, s: Facts) -> bool:
    """Is ``s`` a loop making LM calls whose items run one after another for a fact other
    than a value going from one item to the next?"""
    if not (isinstance(s.node, cst.For | cst.While) and s.fanout is None and s.makes_calls):
        return False
    if _carried(_inner_bodies(compiled, body).get(s.index, [])):
        return False
    if s.in_order is not None:
        return s.in_order.why not in _CARRYING
    return bool(s.notes)


# Loops kept in order because a value goes from one item to the next: the program's own
# order, not one kept for safety.
_CARRYING = frozenset({Why.CARRIED, Why.AUGMENTS, Why.READS_COLLECTED, Why.WALKS_COLLECTED})


# =====================================================================================
# THE REPORT
# =====================================================================================


def explain(
    compiled: Compiled, helpers: Mapping[str, Compiled] | None = None, unseen: Sequence[str] = ()
) -> str:
    """The report. ``helpers``: the user's helpers compiled too, by qualified name (their
    calls count as theirs); ``unseen``: lines saying what could not be read."""
    src = compiled.src
    counter = _Counter(compiled, helpers or {})
    counts = counter.function()
    lines = [f"{compiled.name} ({src.filename}:{src.def_origin().line})"]
    if not counts.calls.terms:
        lines.append("  no LM calls seen.")
        if any(s.kind is StepKind.EFFECT for s in compiled.steps):
            # A client autoform does not know is an unknown call: say how to name it.
            lines.append(
                "  (a call autoform does not know runs in place: declare a client's method "
                'with af.lm_method(Client, "path", async_twin=...), your own slow call '
                "with @af.primitive)"
            )
    else:
        lines.append(f"  LM calls: {counts.calls}")
        lines.append(f"  longest chain of them that wait for one another: {counts.chain}")
        speedup = _speedup(counts.calls, counts.chain)
        lines.append(f"  expected speedup when calls take equal time: {speedup}")
        if counter.decided:
            # Counted above as the longest they may run: one item after another.
            lines += _otherwise(compiled, helpers or {}, counter.decided)
    for body, depth, title in _bodies(compiled):
        lines += _describe_body(compiled, helpers or {}, body, depth, title)
    if unseen:
        lines.append("  not seen:")
        lines += [f"    {line}" for line in unseen]
    return "\n".join(lines)


def _otherwise(
    compiled: Compiled, helpers: Mapping[str, Compiled], decided: list[tuple[Loop, str]]
) -> list[str]:
    """The headline's lines for loops decided as they start: counted in order (the longest
    they may run), and the counts when their items run together."""
    found = list(dict.fromkeys(decided))
    tests = ", and ".join(f"`{test}` holds as {loop.where} starts" for loop, test in found)
    its = "its" if len(found) == 1 else "their"
    counts = _Counter(compiled, helpers, together=True).function()
    return [
        f"  counted so when {tests}: {its} items then run one after another",
        f"  otherwise {its} items run together: LM calls {counts.calls}, longest chain "
        f"{counts.chain}, expected speedup {_speedup(counts.calls, counts.chain)}",
    ]


def _describe_body(
    compiled: Compiled, helpers: Mapping[str, Compiled], body: Body, depth: int, title: str
) -> list[str]:
    steps, graph = body.steps, body.graph
    pad = "  " * (depth + 1)
    lines: list[str] = []
    units = {s.index for s in steps if _makes_calls(s)}
    groups = _together(body, units)
    if groups:
        lines.append(f"{pad}run together:")
        for group in groups:
            parts = ", ".join(f"line {steps[i].origin.line} {_label(steps[i])}" for i in group)
            lines.append(f"{pad}  {parts}")
    decided = [
        f"{pad}  line {s.origin.line} `{_code(s)}`: {_DISTINCT}"
        for s in steps
        if s.fanout is not None and s.fanout.distinct
    ]
    if decided:
        lines += [f"{pad}decided as they start:", *decided]
    waits = _waits(body)
    waiting = [
        (i, w) for i in sorted(units) for _, w in sorted(waits[i].items()) if w.call in units
    ]
    if waiting:
        lines.append(f"{pad}kept in sequence:")
        for i, w in waiting:
            said = f"{pad}  line {steps[i].origin.line} {_label(steps[i])} waits for "
            said += f"line {steps[w.call].origin.line} {_label(steps[w.call])}: "
            said += ("" if w.needs_value else "needs no value of it: it ") + _way(body, w)
            lines.append(said)
    kept = [
        s
        for s in steps
        if s.kind in (StepKind.BLOCK, StepKind.EFFECT)
        and (s.fanout is None or s.fanout.unless is not None)
        and not isinstance(s.node, cst.Return)  # (the end holds nothing back)
        # (a block run beside the calls before it holds nothing back; a loop's items may)
        and not (graph.detached and graph.detached[s.index] and s.in_order is None)
    ]
    if kept:
        lines.append(f"{pad}kept in order for safety:")
        for s in kept:
            why = _why_in_order(compiled, body, s)
            lines.append(f"{pad}  line {s.origin.line} `{_code(s)}`: {why}")
            lines += [f"{pad}    {said}" for said in _helper_effects(compiled, helpers, s)]
    if title and lines:
        lines.insert(0, f"{pad[:-2]}{title}:")
    return lines


# A loop whose items change their own objects (`FanOut.distinct`), said of it.
_DISTINCT = (
    "its items change only their own objects: they run together when the run finds them "
    "distinct objects, one after another when an object comes twice (the second must see "
    "what the first changed)"
)


def _why_in_order(compiled: Compiled, body: Body, s: Facts) -> str:
    """What a step kept in order is, the facts recorded of it and the edges that keep it so."""
    node = s.node
    if s.fanout is not None and s.fanout.unless is not None:
        held = f": {_held(s.fanout.held)}" if s.fanout.held is not None else ""
        return f"a loop whose items run one after another when {_holds(s)}, else together{held}"
    if isinstance(node, cst.For | cst.While):
        what = "a loop whose items run one after another"
    elif isinstance(node, cst.BaseCompoundStatement):
        what = "a block run in place"
    elif s.kind is StepKind.BLOCK:
        what = "a statement awaiting its calls in place"
    else:
        what = "an effect"
    facts = _in_order(compiled, body, s)
    return what + (": " + "; ".join(facts) if facts else "")


def _in_order(compiled: Compiled, body: Body, s: Facts) -> list[str]:
    """The facts that keep a step in order: its records' and its edges'."""
    graph, steps = body.graph, body.steps
    node = s.node
    facts = [_held(s.in_order)] if s.in_order is not None else []
    facts += _block_facts(s, unsure=False)
    after_calls = sorted(
        a for a in graph.deps[s.index] if _order(graph, a, s.index, EdgeKind.AFTER_CALLS)
    )
    effect = [a for a in graph.deps[s.index] if _order(graph, a, s.index, EdgeKind.EFFECT_ORDER)]
    if after_calls:
        which = [str(steps[a].origin.line) for a in after_calls]
        facts.append(
            f"waits for the LM calls before it (line{'s' if len(which) > 1 else ''} "
            f"{', '.join(which)})"
        )
    if effect:
        before = steps[max(effect)]
        facts.append(
            f"keeps its place after line {before.origin.line} `{_code(before, 30)}`, "
            f"{_kept(before)}"
        )
    if after_calls:
        facts += _block_facts(s, notes=False)
    if isinstance(node, cst.For | cst.While):
        inner = _inner_bodies(compiled, body).get(s.index, [])
        said = s.in_order.name if s.in_order is not None else None
        for name, step in _carried(inner):
            if name != said:
                where = f"line {step.origin.line} `{_code(step, 30)}`"
                facts.append(_HELD[Why.CARRIED].format(name=name, where=where, code=""))
        if isinstance(node, cst.While) and not facts:
            facts.append("a `while` loop runs its passes one after another")
    return facts


def _block_facts(s: Facts, notes: bool = True, unsure: bool = True) -> list[str]:
    """What keeps a block from running beside the calls before it: its records' notes, a
    way out of the body, names it needs that may be unbound before it."""
    facts = list(s.notes) if notes else []
    if notes and s.exits:
        facts.append("it may leave the body (`return`, `break`, `continue`)")
    if unsure and isinstance(s.node, cst.BaseCompoundStatement) and s.makes_calls:
        # (A block of the function's own body may run beside the calls before it, as a
        # task, only when what it reads and binds is bound already.)
        names = _names(s, (s.reads | set(s.store_names.values())) - s.bound_before)
        if names:
            facts.append(
                f"it cannot run beside the calls before it: {_listed(names)} may be unbound "
                "before it"
            )
    return facts


def _held(held: InOrder) -> str:
    """Why a loop keeps its items in order, in words (`loops.Why`)."""
    code = held.code if len(held.code) <= 50 else held.code[:47] + "..."
    where = f"line {held.line} `{code}`"
    return _HELD[held.why].format(name=held.name, where=where, code=code)


# Each fact that keeps a loop's items in order (`loops.Why`), said of the loop; ``{where}``
# is the statement that has it, ``{name}`` the name or container concerned.
_HELD: dict[Why, str] = {
    Why.IN_TRY: "it is inside a `try` or `with` body, where a failure may be caught: items "
    "started ahead of it would make calls the program never makes",
    Why.ASYNC: "it is an `async for`: its items come from an iterator autoform does not know",
    Why.ELSE: "it has an `else` ({where}), which runs only if no item breaks out",
    Why.TARGET: "its target `{code}` is not a name or a tuple of names",
    Why.REBINDS: "its body rebinds `{name}`, the loop's own name: after the loop it holds "
    "the last item's binding",
    Why.ONE_LINE: "its body stands on the `for` line: put it on lines of its own",
    Why.NO_COLLECTION: "its body does not end collecting each item's result into a list or "
    "dict built before the loop (`out.append(v)`, `out.extend(vs)`, `out[k] = v`; it ends "
    "with {where})",
    Why.NOT_FRESH: "it collects into `{name}`, which is not a list or dict the function "
    "built itself before the loop and holds under that name alone ({where})",
    Why.ESCAPED: "it collects into `{name}`, which code outside the function may hold by then",
    Why.AWAITS: "{where} awaits what is not an LM call autoform knows",
    Why.EXITS: "{where} may leave the loop",
    Why.CLOSURE: "{where} defines a function, which would see the loop's names, not the item's",
    Why.WALRUS: "{where} binds a name of the function's with `:=`",
    Why.AUGMENTS: "{where} changes a value in place, from one item to the next",
    Why.DELETES: "{where} deletes a name or an item",
    Why.DECLARES: "{where} declares a global or nonlocal name",
    Why.STORES: "{where} stores into an attribute or an item: an effect the next item could see",
    Why.INSERTS: "{where} reads an item of `{name}`, which is or may be a "
    "`collections.defaultdict`: reading a missing key inserts it, a change the next item "
    "could see",
    Why.UNKNOWN_CALL: "{where} calls `{name}`, which autoform does not know to be free of "
    "effects (if it is, declare it with `af.pure`)",
    Why.HELPER_EFFECTS: "{where} calls `{name}`, a helper with effects",
    Why.NOTHING_TO_OVERLAP: "it writes output ({where}) and makes no LM call to overlap",
    Why.READS_COLLECTED: "{where} reads `{name}`, which the loop fills: an item would see "
    "the items before it",
    Why.WALKS_COLLECTED: "it walks `{name}`, which it fills",
    Why.CARRIED: "an item reads `{name}` before binding it ({where}): the item before it binds it",
    Why.SHARED_NAME: "it binds `{name}`, a global or nonlocal name or one a nested function "
    "reads: the items would not bind the same",
    Why.UNBOUND: "{where} reads `{name}`, which may be unbound as the loop starts",
    Why.READ_AFTER: "`{name}`, which its items bind, is read after it ({where}): the last "
    "item's value",
    Why.NAMED_ELSEWHERE: "`{name}`, which its items bind, is named elsewhere in the function",
    Why.READS_MORE: "{where} calls `{name}`, which changes only its own object but reads more "
    "than what is its own (module state, or an object an attribute holds): another item's "
    "change could show",
    Why.FINALIZER: "the module runs code as objects are freed ({name}): items run together "
    "would be freed later, in autoform's code",
    Why.OUTPUT_MOVES: "it writes output ({where}) that the function sends elsewhere after its "
    "entry was checked (a handler, a filter or a stream set up in it): writing it may change "
    "what the next item reads",
    Why.FORMATTER: "the module runs code on objects where no call shows it, which may change "
    "state ({name}): an item's statements would run it as its calls come back, out of item "
    "order",
    Why.REACHES_ITEMS: "{where} reads `{name}`, which may reach the objects its items change",
}


def _names(s: Facts, versions: set[str]) -> list[str]:
    """The user's names of a step's versioned names (a lifted temporary has none)."""
    plain = {v: n for n, v in {**s.load_names, **s.store_names}.items()}
    return sorted({plain.get(v, v) for v in versions if not plain.get(v, v).startswith("_")})


def _listed(names: list[str]) -> str:
    quoted = [f"`{n}`" for n in names]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


def _carried(inner: Sequence[tuple[str, Body]]) -> list[tuple[str, Facts]]:
    """Names a loop's item reads, in a plain statement, before any statement of the item
    binds them: what the item before it left (its activity records say so)."""
    out: list[tuple[str, Facts]] = []
    for part, block in inner:
        if part != "body":
            continue
        first: dict[str, int] = {}
        for st in block.steps:
            for v in st.writes | st.updates:
                first.setdefault(v, st.index)
        for st in block.steps:
            if isinstance(st.node, cst.BaseCompoundStatement):
                continue  # (a block may bind a name before reading it, or not)
            for name in _names(st, {v for v in st.reads if first.get(v, -1) >= st.index}):
                if name not in {n for n, _ in out}:
                    out.append((name, st))
    return out


def _helper_effects(compiled: Compiled, helpers: Mapping[str, Compiled], s: Facts) -> list[str]:
    """For each helper of the user's the step calls that has effects, the statements that
    have them (its own body's)."""
    out = []
    seen: set[str] = set()
    for call in walk(s.node):
        info = compiled.calls.get(call) if isinstance(call, cst.Call) else None
        helper = helpers.get(info.qualname or "") if info is not None else None
        if helper is None or not helper.summary.effects or helper.name in seen:
            continue
        seen.add(helper.name)
        found = [
            step
            for body, _, _ in _bodies(helper)
            for step in body.steps
            # (a block's effects are the statements inside it)
            if step.effect and not isinstance(step.node, cst.BaseCompoundStatement)
        ]
        for step in found[:_SHOWN]:
            where = f"{helper.src.filename}:{step.origin.line}"
            notes = f" ({'; '.join(step.notes)})" if step.notes else ""
            out.append(f"`{helper.name}` has an effect at {where} `{_code(step)}`{notes}")
        if len(found) > _SHOWN:
            out.append(f"(and {len(found) - _SHOWN} more in `{helper.name}`)")
    return out


_SHOWN = 3  # a helper's statements with effects shown, at most


def _order(graph, a: int, b: int, kind: EdgeKind) -> bool:
    return any(e.kind is kind for e in graph.edges.get((a, b), ()))


def _together(body: Body, calls: set[int]) -> list[list[int]]:
    """Groups of calls in flight at the same time, from the plan."""
    groups: list[list[int]] = []
    in_flight: set[int] = set()
    for what, i in body.plan.actions:
        if what in ("start", "chain") and i in calls:
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
