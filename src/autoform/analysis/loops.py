"""Loops whose iterations are independent: they fan out, each item's calls on their own.

Needs: the context and the steps of a body with their `Activity`.
Produces: ``{step index: FanOut}`` for each ``for`` step that qualifies, and (`judge_loops`)
``InOrder`` for each that does not: the fact that keeps it in order (a `Why`) and the
statement that has it, which `explain` puts in words; the emitter then
runs the body once per item, all items together, and applies the loop's collection
operations (``out.append(v)``, ``out.extend(vs)``, ``table[k] = v``) afterwards, in item
order, so the results land exactly as the sequential loop would leave them.

A loop qualifies when nothing one iteration does can be seen by another, or by anything
before the loop finishes:
- its body ends with collection operations on containers the function built itself (a
  display or ``list()``/``dict()``), perhaps under one ``if`` of their own, which the body
  mentions nowhere else;
- the body has no effect but output: every call is an LM call, known to be pure, writes
  output only (``print`` to stdout, ``logging``, a helper whose only effect is that: the
  fan-out is then `FanOut.ordered`, and each item's output comes in its turn, after the
  item before it was collected, `autoform.turns`); nothing is stored into an attribute or
  item, and there is no ``return``, ``break`` or ``continue``;
- no name the body binds is read before the iteration binds it, nor after the loop;
- it has no ``else``, and its target is a name or a tuple of names.
Anything else keeps the loop in order (still compiled, awaiting its calls in place). Inside
a ``try`` or ``with`` body, where a failure may be caught, no loop fans out.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

import libcst as cst

from ..ir import Activity, Effects, Facts
from ..source import FunctionSource
from ..syntax.walk import children, walk
from . import knowledge
from .aliasing import str_item_parameters
from .calls import CallInfo, CallKind, CallTable, foreign_awaits
from .context import CompileContext
from .distinct import OwnChanges, own_changes
from .knowledge import CONTAINER_MUTATORS, STR_METHODS
from .names import bound_by_target, bound_names, variables
from .output import hidden_calls, in_turn, output_call, output_may_move, writes_output
from .scope import Scope
from .shapes import inserting_names, item_reads, read_items
from .valuetypes import module_facts

__all__ = [
    "Collect",
    "FanOut",
    "InOrder",
    "Why",
    "analyse_loops",
    "as_collect",
    "has_rest",
    "items_own",
    "judge_loops",
    "made_parts",
    "own_continues",
    "rest_parts",
]


class Why(enum.Enum):
    """What keeps a loop's items one after another (`InOrder`); `explain` words each one.
    ``name`` on the record: the name, call or container concerned, where there is one."""

    IN_TRY = "in try"  # inside a `try` or `with` body: a failure there may be caught
    ASYNC = "async"  # an `async for`
    ELSE = "else"  # an `else` clause (it runs unless a `break` ends the loop)
    TARGET = "target"  # its target is not a name or a tuple of names
    REBINDS = "rebinds"  # its body rebinds the loop's own name (name)
    ONE_LINE = "one line"  # its body stands on the `for` line
    NO_COLLECTION = "no collection"  # its body does not end collecting into a container
    # collects into a container the function did not build, or that another name may hold
    NOT_FRESH = "not fresh"
    ESCAPED = "escaped"  # collects into a container others may hold by then (`effects`)
    AWAITS = "awaits"  # awaits something that is not an LM call autoform knows
    EXITS = "exits"  # `return`, `break` or `continue`
    CLOSURE = "closure"  # a `def` or `lambda` (it would see the loop's names, not the item's)
    WALRUS = "walrus"  # `:=` binds the function's name
    AUGMENTS = "augments"  # `x += ...`: changes a value from one item to the next (name)
    DELETES = "deletes"  # `del`
    DECLARES = "declares"  # `global`, `nonlocal`
    STORES = "stores"  # stores into an attribute or an item (an effect)
    # reads an item of a container that inserts a missing key (a defaultdict), or may hold
    # one (what a helper hands back of module state or of its object's) (name)
    INSERTS = "inserts"
    UNKNOWN_CALL = "unknown call"  # calls what autoform does not know to be free of effects
    HELPER_EFFECTS = "helper effects"  # calls a helper of the user's with effects (name)
    NOTHING_TO_OVERLAP = "nothing to overlap"  # writes output, and makes no LM call
    READS_COLLECTED = "reads collected"  # reads the container it collects into (name)
    WALKS_COLLECTED = "walks collected"  # walks the container it collects into (name)
    CARRIED = "carried"  # reads a name before the item binds it: the item before's (name)
    SHARED_NAME = "shared name"  # binds a global/nonlocal name, or one a closure reads (name)
    UNBOUND = "unbound"  # reads a name of the function's that may be unbound then (name)
    READ_AFTER = "read after"  # a name it binds is read after the loop (name)
    NAMED_ELSEWHERE = "named elsewhere"  # (in a block) a name it binds is named elsewhere
    # calls a method of the item changing only its object, which reads more (name): `distinct`
    READS_MORE = "reads more"
    # reads what may reach the objects its items change (name): `distinct`
    REACHES_ITEMS = "reaches items"
    # the module frees objects with code of its own (name: what, and its line): `unseen`
    FINALIZER = "finalizer"
    # the module has a dunder or a property with effects, run on objects where no call shows
    # it (name: what, and its line): `unseen`
    FORMATTER = "formatter"
    # writes output (where) that the function redirects after its entry was checked: `output`
    OUTPUT_MOVES = "output moves"


@dataclass(frozen=True)
class InOrder:
    """Why a loop does not fan out: the fact (``why``) and where it stands (``line``, and
    ``code``, the statement or the part of it that has it, as written)."""

    why: Why
    line: int
    code: str
    name: str = ""


def _held(src: FunctionSource, why: Why, node: cst.CSTNode, name: str = "") -> InOrder:
    """The record of ``why``, had by ``node`` (its first line, for a block)."""
    code = src.code(node)
    first = code.splitlines()[0] if code else ""
    return InOrder(why, src.origin(node).line, first + (" ..." if "\n" in code else ""), name)


@dataclass(frozen=True)
class Collect:
    """``container.append(value)``, ``container.extend(value)`` (key None; ``method`` says
    which) or ``container[key] = value``."""

    container: str
    key: cst.BaseExpression | None
    value: cst.BaseExpression
    method: str = "append"


@dataclass(frozen=True)
class FanOut:
    targets: tuple[str, ...]
    body: tuple[cst.BaseStatement, ...]  # what runs per item, before the collection
    collects: tuple[Collect, ...]
    guard: cst.BaseExpression | None = None  # `if guard:` around the collection, if any
    # The body writes output (print, logging): each item's output comes in its turn.
    ordered: bool = False
    # The names the items bind (the loop's target too): each item's own, in its function;
    # nothing reads them after the loop.
    own: frozenset[str] = frozenset()
    # A test the loop does not change (`recursive`) under which a branch of the body reads
    # what the loop collects (`if recursive and acc:`): when it holds as the loop starts,
    # the loop runs in order instead (the emitter decides at run time), for ``held``.
    unless: cst.BaseExpression | None = None
    # Why the items run in order when ``unless`` holds; with a ``rest``, why the whole body
    # could not run per item (what keeps the loop in order if the rest may not be apart).
    held: InOrder | None = None
    # The rest of the body, after its last LM call, when it is no collection (`counts[k] =
    # counts.get(k, 0) + 1`, a store then a log line): the items run `body` together and
    # hand the names it binds (`carried`) to ``rest``, run in item order, as written, in the
    # function itself (`runtime.fanned`). `collects` is then empty.
    rest: tuple[cst.BaseStatement, ...] = ()
    carried: tuple[str, ...] = ()
    # The body's last statement, when it stores what its LM call makes (`table[k] =
    # f(x)`): the items make its value, and the rest begins by storing it.
    lead: cst.Assign | None = None
    # The body's loop that fans out itself, when ``body`` ends with it (`_nested`): each
    # item runs the steps before it, then that loop's items, all together; the rest of
    # each inner item (its ``rest``, ``lead``, ``collects``), then ``rest``, run in order.
    inner: FanOut | None = None
    # Its items change their own objects (`analysis.distinct`): they run together only when
    # they are distinct objects, which the run checks as the loop starts; else in order.
    distinct: bool = False
    # Names bound outside the loop whose items the body reads (`index[r]`, `Registry.table[r]`:
    # the name its chain starts from): one item's read could insert the key another item's
    # statements see, if they held a `knowledge.INSERTS_ON_READ` container (a defaultdict
    # a library call made, or a class attribute): the run checks, as the loop starts, that
    # they hold none (`guards.INSERTING`); else the items run in order.
    reads: tuple[str, ...] = ()


def as_collect(stmt: cst.BaseStatement) -> Collect | None:
    """The collection operation a loop body's statement is, if it is one."""
    if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
        return None
    small = stmt.body[0]
    if isinstance(small, cst.Expr) and isinstance(small.value, cst.Call):
        call = small.value
        func = call.func
        if (
            isinstance(func, cst.Attribute)
            and isinstance(func.value, cst.Name)
            and func.attr.value in ("append", "extend")
            and len(call.args) == 1
            and call.args[0].keyword is None
            and not call.args[0].star
        ):
            return Collect(func.value.value, None, call.args[0].value, func.attr.value)
    if isinstance(small, cst.Assign) and len(small.targets) == 1:
        target = small.targets[0].target
        if (
            isinstance(target, cst.Subscript)
            and isinstance(target.value, cst.Name)
            and len(target.slice) == 1
            and isinstance(target.slice[0].slice, cst.Index)
        ):
            return Collect(target.value.value, target.slice[0].slice.value, small.value)
    return None


def _fresh_container(step: Facts, calls: dict[cst.Call, CallInfo]) -> bool:
    node = step.node
    if isinstance(node, cst.AnnAssign):
        value = node.value  # `items: list[str] = []`
    elif isinstance(node, cst.Assign) and len(node.targets) == 1:
        value = node.value
    else:
        return False
    if isinstance(value, cst.List | cst.Dict):
        return True
    info = calls.get(value) if isinstance(value, cst.Call) else None
    return info is not None and info.qualname in ("builtins.list", "builtins.dict")


def _held_beyond(node: cst.CSTNode, name: str, calls: CallTable) -> bool:
    """Does ``node`` use the container ``name`` otherwise than to add to it (``out.append(x)``,
    ``out[k] = x``) or to count it (``len(out)``): in a way another name may come to hold
    it, or a view of it? (Handed to unknown code, it escapes: the effects analysis says so.)"""
    adding: set[int] = set()
    for n in walk(node):
        if isinstance(n, cst.Call) and calls.info(n).kind is CallKind.UNKNOWN:
            adding.update(id(a.value) for a in n.args if isinstance(a.value, cst.Name))
        if isinstance(n, cst.Call):
            func = n.func
            if (
                isinstance(func, cst.Attribute)
                and isinstance(func.value, cst.Name)
                and func.attr.value in CONTAINER_MUTATORS
            ):
                adding.add(id(func.value))
            elif (
                isinstance(func, cst.Name)
                and func.value == "len"
                and len(n.args) == 1
                and isinstance(n.args[0].value, cst.Name)
            ):
                adding.add(id(n.args[0].value))
        elif (
            isinstance(n, cst.AssignTarget)
            and isinstance(n.target, cst.Subscript)
            and isinstance(n.target.value, cst.Name)
        ):
            adding.add(id(n.target.value))
    return any(v.value == name and id(v) not in adding for v in variables(node))


def _leaves(target: cst.BaseExpression) -> list[cst.BaseExpression]:
    if isinstance(target, cst.Tuple | cst.List):
        return [leaf for el in target.elements for leaf in _leaves(el.value)]
    if isinstance(target, cst.StarredElement):
        return _leaves(target.value)
    return [target]


# Closures would see one item's names, not the loop's; `:=`, `del` and declarations bind or
# unbind the function's names; any of them ties the items together.
_NOT_PER_ITEM: dict[type[cst.CSTNode], Why] = {
    cst.Return: Why.EXITS,
    cst.Break: Why.EXITS,
    cst.Continue: Why.EXITS,
    cst.AugAssign: Why.AUGMENTS,
    cst.FunctionDef: Why.CLOSURE,
    cst.Lambda: Why.CLOSURE,
    cst.NamedExpr: Why.WALRUS,
    cst.Del: Why.DELETES,
    cst.Global: Why.DECLARES,
    cst.Nonlocal: Why.DECLARES,
}


def _pure_body(
    nodes: Sequence[cst.CSTNode],
    calls: CallTable,
    strs: set[str],
    output: list[cst.Call],
    skips: frozenset[cst.Continue] = frozenset(),
    own: frozenset[cst.Call] = frozenset(),
) -> tuple[Why, cst.CSTNode, str] | None:
    """What in the loop body has an effect an item could see, but output (gathered into
    ``output``): the fact, the node that has it and the name concerned; None if nothing.
    ``strs``: names known to hold a str when the body starts (the loop's own, from an
    annotation); the body adds those it binds to one. ``skips``: the loop's own
    ``continue`` statements, which end an item (`FanOut.rest`). ``own``: calls taken as
    free of effects (each item changing its own object: `analysis.distinct`)."""
    strs = set(strs)
    for node in nodes:
        if foreign_awaits(node, calls):
            return Why.AWAITS, node, ""
        hidden = hidden_calls(node)  # (output there would not be written in turn)
        for n in walk(node):
            if (why := _NOT_PER_ITEM.get(type(n))) is not None and n not in skips:
                target = n.target if isinstance(n, cst.AugAssign) else None
                return why, n, target.value if isinstance(target, cst.Name) else ""
            if isinstance(n, cst.AssignTarget) and any(
                not isinstance(t, cst.Name) for t in _leaves(n.target)
            ):
                return Why.STORES, n.target, ""  # storing into an attribute or item: an effect
            if isinstance(n, cst.Call) and n not in hidden and output_call(n, calls):
                output.append(n)
            elif isinstance(n, cst.Call) and _outputs_helper(n, calls):
                output.append(n)  # a helper whose only effect is output: in the item's turn
            elif isinstance(n, cst.Call) and n not in own and not _pure_call(n, calls, strs):
                helper = calls.info(n).helper
                if helper is not None:
                    name = calls.info(n).qualname or ""
                    return Why.HELPER_EFFECTS, n, name.rpartition(".")[2]
                return Why.UNKNOWN_CALL, n, cst.Module([]).code_for_node(n.func)
        _learn_strs(node, calls, strs)
    return None


def _outputs_helper(call: cst.Call, calls: CallTable) -> bool:
    info = calls.info(call)
    return info.helper is not None and info.helper.outputs and info.kind is CallKind.AWAITABLE


def _pure_call(call: cst.Call, calls: CallTable, strs: set[str]) -> bool:
    info = calls.info(call)
    if info.helper is not None:
        return not info.helper.effects  # a helper that prints, counts, logs: in order
    if info.kind is not CallKind.UNKNOWN:
        return True
    # A method known by the receiver's type, not by its name: `p.replace(...)` is a str's
    # only when `p` is one.
    func = call.func
    return (
        isinstance(func, cst.Attribute)
        and func.attr.value in STR_METHODS
        and _is_str(func.value, calls, strs)
    )


def _is_str(e: cst.BaseExpression, calls: CallTable, strs: set[str]) -> bool:
    if isinstance(e, cst.SimpleString):
        return "b" not in e.prefix.lower()
    if isinstance(e, cst.FormattedString):
        return True
    if isinstance(e, cst.ConcatenatedString):
        return _is_str(e.left, calls, strs)  # type: ignore[arg-type]
    if isinstance(e, cst.Name):
        return e.value in strs
    if isinstance(e, cst.BinaryOperation) and isinstance(e.operator, cst.Add):
        return _is_str(e.left, calls, strs) or _is_str(e.right, calls, strs)
    if isinstance(e, cst.Call):
        info = calls.info(e)
        if info.qualname in _STR_RESULTS or (info.helper is not None and info.helper.returns_str):
            return True
        func = e.func
        known = (
            knowledge.method("str", func.attr.value) if isinstance(func, cst.Attribute) else None
        )
        return (
            known is not None
            and known.result == "str"
            and isinstance(func, cst.Attribute)
            and _is_str(func.value, calls, strs)
        )
    return False


# What these return is a str (the knowledge is keyed by what a name resolves to).
_STR_RESULTS = frozenset({"autoform.lm_call", "autoform.format", "builtins.str", "builtins.repr"})


def _learn_strs(node: cst.CSTNode, calls: CallTable, strs: set[str]) -> None:
    """What a body statement tells of the names holding a str after it."""
    if not isinstance(node, cst.SimpleStatementLine):
        for name in bound_names(node):
            strs.discard(name)
        return
    for small in node.body:
        if isinstance(small, cst.Assign) and len(small.targets) == 1:
            target = small.targets[0].target
            if isinstance(target, cst.Name):
                if _is_str(small.value, calls, strs):
                    strs.add(target.value)
                else:
                    strs.discard(target.value)
                continue
        for name in bound_names(small):
            strs.discard(name)


def _rebound(targets: Sequence[str], statements: Sequence[cst.CSTNode]) -> set[str]:
    """The loop's names its body rebinds: after the loop such a name holds the last item's
    binding, which fanned-out items would keep to themselves (`Why.REBINDS`)."""
    return set(targets) & {n for s in statements for n in bound_names(s)}


def _analyse(
    j: int,
    steps: Sequence[Facts],
    calls: CallTable,
    fresh: set[str],
    elsewhere: Callable[[cst.CSTNode], set[str]] | None,
    str_params: Mapping[str, bool],
    scope: Scope,
    scope_local: frozenset[str],
    src: FunctionSource,
    invariant: frozenset[str] = frozenset(),
    own: frozenset[cst.Call] = frozenset(),
) -> FanOut | InOrder:
    step = steps[j]
    node = step.node
    assert isinstance(node, cst.For)

    def held(why: Why, at: cst.CSTNode = node, name: str = "") -> InOrder:
        return _held(src, why, at, name)

    if node.asynchronous is not None:
        return held(Why.ASYNC)
    if node.orelse is not None:
        return held(Why.ELSE, node.orelse)
    if not isinstance(node.target, cst.Name | cst.Tuple | cst.List):
        return held(Why.TARGET, node.target)
    targets = bound_by_target(node.target)
    if not targets or (
        isinstance(node.target, cst.Tuple | cst.List) and len(targets) != len(node.target.elements)
    ):
        return held(Why.TARGET, node.target)
    if not isinstance(node.body, cst.IndentedBlock):
        return held(Why.ONE_LINE)
    statements = list(node.body.body)
    collects: list[Collect] = []
    written: dict[str, cst.CSTNode] = {}  # the statement collecting into each container
    while statements and (c := as_collect(statements[-1])) is not None:
        collects.insert(0, c)
        written[c.container] = statements.pop()
    guard = None
    if not collects and statements:
        # `if test: out.append(v)`: an item is collected only if its test holds.
        last = statements[-1]
        if (
            isinstance(last, cst.If)
            and last.orelse is None
            and isinstance(last.body, cst.IndentedBlock)
            and all(as_collect(s) is not None for s in last.body.body)
        ):
            collects = [c for s in last.body.body if (c := as_collect(s)) is not None]
            written = {c.container: last for c in collects}
            guard = last.test
            statements.pop()
    if not collects:
        # (A value going from one item to the next says more than the lack of a collection.)
        local = set(targets) | {n for s in statements for n in bound_names(s)}
        try:
            _bound_first(statements, set(targets), local)
        except _ReadFirst as first:
            return held(Why.CARRIED, first.node, first.name)
        return held(Why.NO_COLLECTION, node.body.body[-1])
    containers = {c.container for c in collects}
    for c in collects:
        if step.load_names.get(c.container) not in fresh:
            return held(Why.NOT_FRESH, written[c.container], c.container)
    parts: list[cst.CSTNode] = [*statements]
    parts += [guard] if guard is not None else []
    parts += [c.value for c in collects] + [c.key for c in collects if c.key is not None]
    output: list[cst.Call] = []
    impure = _pure_body(parts, calls, _str_items(node, str_params), output, own=own)
    if impure is not None:
        return held(*impure)
    if output and not any(
        calls.info(c).kind is CallKind.AWAITABLE for p in parts for c in _calls(p)
    ):
        return held(Why.NOTHING_TO_OVERLAP, output[0])  # output and no LM call to overlap
    # The containers appear only in the collection operations (not in what the loop walks:
    # growing a list while iterating over it is not independent), or in a branch a test
    # the loop does not change keeps from running (decided as the loop starts).
    unless, unless_held = None, None
    reading = _reading(containers, [*parts, node.iter])
    if reading is not None:
        at, name = reading
        why = Why.WALKS_COLLECTED if at is node.iter else Why.READS_COLLECTED
        unless, untaken = _untaken(statements, invariant)
        rest = [*untaken, *parts[len(statements) :], node.iter]
        if unless is None:
            return held(why, at, name)
        if (still := _reading(containers, rest)) is not None:
            at, name = still
            return held(Why.WALKS_COLLECTED if at is node.iter else Why.READS_COLLECTED, at, name)
        unless_held = held(why, at, name)
    if rebound := _rebound(targets, statements):
        return held(Why.REBINDS, node.target, min(rebound))
    # Nothing carried from one iteration to the next.
    local = set(targets) | {n for s in statements for n in bound_names(s)}
    try:
        assigned = _bound_first(statements, set(targets), local)
    except _ReadFirst as first:
        return held(Why.CARRIED, first.node, first.name)
    for c in collects:
        for part in (c.key, c.value):
            read = _names(part) & (local - assigned) if part is not None else set()
            if read:
                return held(Why.CARRIED, part, min(read))  # type: ignore[arg-type]
    if guard is not None and (read := _names(guard) & (local - assigned)):
        return held(Why.CARRIED, guard, min(read))
    # The names it binds stay the loop's: not a global or nonlocal (the items would bind
    # theirs), not read by a closure (it would see the loop's last value, not the items').
    if shared := local & (scope.declared | scope.captured):
        return held(Why.SHARED_NAME, node, min(shared))
    # What it reads of the function's own names is bound when the loop starts: an item
    # would fail with another error than the loop (NameError for UnboundLocalError).
    for p in [*parts, node.iter]:
        for n in variables(p):
            name = n.value
            if name in scope_local and name not in local and name not in step.load_names:
                return held(Why.UNBOUND, p, name)
    # Nothing the body binds is read after the loop (the last iteration's values).
    if elsewhere is not None:
        if named := local & elsewhere(node):
            return held(Why.NAMED_ELSEWHERE, node, min(named))
    elif (later := _read_later(local, [later.node for later in steps[j + 1 :]])) is not None:
        return held(Why.READ_AFTER, later[1], later[0])
    return FanOut(
        tuple(targets),
        tuple(statements),
        tuple(collects),
        guard,
        bool(output),
        frozenset(local),
        unless,
        unless_held,
    )


# What the rest of a body may not hold: it runs in the function, in item order, each item
# after the items before it; leaving the loop early would have made calls of later items
# that the sequential loop never makes.
_NOT_IN_REST = (cst.Return, cst.Break, cst.Await, cst.Yield)


def _split(
    j: int,
    steps: Sequence[Facts],
    calls: CallTable,
    str_params: Mapping[str, bool],
    scope: Scope,
    scope_local: frozenset[str],
    changes_own: frozenset[cst.Call] = frozenset(),
) -> FanOut | None:
    """A loop whose body is calls and pure steps up to its last LM call, then anything but
    an exit (the rest): the items' calls run together, and each item's rest runs in item
    order in the function itself, given the names the item bound. Sound when nothing the
    rest does can change what a later item's calls are made from: the rest binds no name
    the items read from outside, and stores into no object they read (the effects
    analysis checks the objects its calls change, `Effects.fanout`)."""
    node = steps[j].node
    if not isinstance(node, cst.For) or node.asynchronous is not None or node.orelse is not None:
        return None
    if not isinstance(node.target, cst.Name | cst.Tuple | cst.List) or not isinstance(
        node.body, cst.IndentedBlock
    ):
        return None
    targets = bound_by_target(node.target)
    if not targets or (
        isinstance(node.target, cst.Tuple | cst.List) and len(targets) != len(node.target.elements)
    ):
        return None
    statements = list(node.body.body)
    with_calls = [
        k
        for k, s in enumerate(statements)
        if any(calls.info(c).kind is CallKind.AWAITABLE for c in _calls(s))
    ]
    if not with_calls:
        return None
    body, rest = statements[: with_calls[-1] + 1], statements[with_calls[-1] + 1 :]
    # `table[k] = f(x)` last: the items make the value, the rest stores it (`FanOut.lead`).
    lead = _store(body[-1])
    if lead is not None:
        body = body[:-1]
    elif not rest:
        return None
    made = [*body, lead.value] if lead is not None else body
    stores = [*rest, *([lead] if lead is not None else [])]
    output: list[cst.Call] = []
    skips = own_continues(body)
    strs = _str_items(node, str_params)
    if _pure_body(made, calls, strs, output, skips, changes_own) is not None:
        return None
    if any(isinstance(n, _NOT_IN_REST) for s in rest for n in walk(s)):
        return None
    if any(
        isinstance(n, cst.Call) and writes_output(n, calls) and not output_call(n, calls)
        for s in rest
        for n in walk(s)
    ):
        return None  # `print(x, file=f)`: `f.write` is someone's code, which may change anything
    if foreign_awaits(node, calls):
        return None
    if _rebound(targets, [*body, *rest]):
        return None
    local = set(targets) | {n for s in body for n in bound_names(s)}
    try:
        assigned = _bound_first(body, set(targets), local)
    except _ReadFirst:
        return None
    if local - assigned:
        return None  # a name the items may leave unbound: the rest would not see it so
    own = local - set(targets)
    if own & (scope.declared | scope.captured):
        return None
    # What the items read from outside them: the rest neither rebinds it nor stores into it.
    outside = {n.value for p in [*made, node.iter] for n in variables(p)} - own
    rest_binds = {n for s in rest for n in bound_names(s)}
    stored = {
        base.value
        for s in stores
        for n in walk(s)
        if isinstance(n, cst.AssignTarget | cst.AugAssign | cst.AnnAssign | cst.Del)
        for t in _leaves(n.target)
        if isinstance(t, cst.Attribute | cst.Subscript) and isinstance(base := _base(t), cst.Name)
    }
    if (rest_binds | stored) & outside:
        return None
    if rest_binds & scope.declared:
        return None  # a global (or nonlocal) the items' helpers may read: module state
    if any(n in scope_local and n not in local and n not in steps[j].load_names for n in outside):
        return None
    return FanOut(
        tuple(targets),
        tuple(body),
        (),
        ordered=bool(output),
        own=frozenset(local),
        rest=tuple(rest),
        carried=tuple(sorted(own)),
        lead=lead,
    )


def _store(stmt: cst.BaseStatement) -> cst.Assign | None:
    """``stmt``, when it stores one value into items or attributes only."""
    if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
        return None
    small = stmt.body[0]
    if isinstance(small, cst.Assign) and all(
        isinstance(t.target, cst.Subscript | cst.Attribute) for t in small.targets
    ):
        return small
    return None


# =====
# NESTED: a loop whose body ends in a loop that fans out too
# =====


def has_rest(fan: FanOut) -> bool:
    """Does some of each item's body run in the function, in item order (`FanOut.rest`)?"""
    return bool(fan.rest) or fan.lead is not None or fan.inner is not None


def made_parts(fan: FanOut, loop: cst.For) -> list[cst.CSTNode]:
    """What the items of ``loop`` (with a rest) compute before their rest: all they read."""
    if fan.inner is None:
        return [*fan.body, loop.iter, *([fan.lead.value] if fan.lead is not None else [])]
    inner = fan.body[-1]
    assert isinstance(inner, cst.For)
    return [*fan.body[:-1], loop.iter, inner.iter, *fan.inner.body, *_made_values(fan.inner)]


def rest_parts(fan: FanOut) -> list[cst.CSTNode]:
    """What runs in the function, in item order, for each item of a loop with a rest: the
    statements that store what the items made, the inner loop's rests, and the rest."""
    lead: list[cst.CSTNode] = [fan.lead] if fan.lead is not None else []
    if fan.inner is None:
        return [*fan.rest, *lead]
    inner, loop = fan.inner, fan.body[-1]
    assert isinstance(loop, cst.For) and isinstance(loop.body, cst.IndentedBlock)
    collects = list(loop.body.body)[len(inner.body) : len(inner.body) + len(inner.collects)]
    return [*inner.rest, *([inner.lead] if inner.lead is not None else []), *collects, *fan.rest]


def _made_values(fan: FanOut) -> list[cst.BaseExpression]:
    """The values an inner loop's items make for its rest to store or collect."""
    if fan.lead is not None:
        return [fan.lead.value]
    return [c.value for c in fan.collects]


def _plain_header(node: cst.For) -> list[str] | None:
    """The names a ``for`` binds, when it is one whose items may run apart: not async, no
    ``else``, a target of names, an indented body; else None."""
    if node.asynchronous is not None or node.orelse is not None:
        return None
    if not isinstance(node.target, cst.Name | cst.Tuple | cst.List) or not isinstance(
        node.body, cst.IndentedBlock
    ):
        return None
    targets = bound_by_target(node.target)
    if not targets or (
        isinstance(node.target, cst.Tuple | cst.List) and len(targets) != len(node.target.elements)
    ):
        return None
    return targets


def _inner_split(loop: cst.For, calls: CallTable) -> FanOut | None:
    """The inner loop of `_nested`, cut as `_split` cuts a loop: its items' part, up to
    its last LM call, and the rest; a last statement storing or collecting (``append``,
    ``extend``) what its call makes is made by the items and done by the rest (``lead``,
    ``collects``). What may be cut so is `_nested`'s to judge."""
    targets = _plain_header(loop)
    if targets is None:
        return None
    assert isinstance(loop.body, cst.IndentedBlock)
    statements = list(loop.body.body)
    with_calls = [
        k
        for k, s in enumerate(statements)
        if any(calls.info(c).kind is CallKind.AWAITABLE for c in _calls(s))
    ]
    if not with_calls:
        return None
    body, rest = statements[: with_calls[-1] + 1], statements[with_calls[-1] + 1 :]
    lead = _store(body[-1])
    collects: tuple[Collect, ...] = ()
    if lead is not None:
        body = body[:-1]
    elif (c := as_collect(body[-1])) is not None and c.key is None:
        collects, body = (c,), body[:-1]
    if _rebound(targets, body):
        return None
    local = set(targets) | {n for s in body for n in bound_names(s)}
    return FanOut(
        tuple(targets),
        tuple(body),
        collects,
        own=frozenset(local),
        rest=tuple(rest),
        carried=tuple(sorted(local - set(targets))),
        lead=lead,
    )


def _nested(
    j: int,
    steps: Sequence[Facts],
    calls: CallTable,
    str_params: Mapping[str, bool],
    scope: Scope,
    scope_local: frozenset[str],
    src: FunctionSource,
) -> FanOut | InOrder | None:
    """A loop whose last LM calls are in a loop of its body (``for c in cs: for q in qs:
    answers[c, q] = ask(...)``): each item runs the steps before the inner loop, then the
    inner loop's items, all items of both together (`runtime.nest`); the rest of each inner
    item, then the rest of the body, run in the function in the order the loops as written
    run them (`FanOut.inner`; the items' output, each in its turn). Sound as `_split` is,
    for the loops seen as one over (outer, inner) pairs: the items' parts are calls and pure
    steps, the rests exit nowhere and bind or store into nothing the items read, nor into
    what the items bound (the effects analysis checks the objects their calls change,
    `rest_parts`). None if its body is not of that shape; else, when it may not fan out so,
    the fact that keeps it in order (for the loops seen as one)."""
    node = steps[j].node
    if not isinstance(node, cst.For) or (targets := _plain_header(node)) is None:
        return None
    assert isinstance(node.body, cst.IndentedBlock)
    statements = list(node.body.body)
    with_calls = [
        k
        for k, s in enumerate(statements)
        if any(calls.info(c).kind is CallKind.AWAITABLE for c in _calls(s))
    ]
    if not with_calls or not isinstance(loop := statements[with_calls[-1]], cst.For):
        return None
    inner = _inner_split(loop, calls)
    if inner is None:
        return None
    pre, post = statements[: with_calls[-1]], statements[with_calls[-1] + 1 :]
    values = _made_values(inner)
    output: list[cst.Call] = []
    skips = own_continues(pre) | own_continues(inner.body)
    made = [*pre, loop.iter, *inner.body, *values]
    if _pure_body(made, calls, _str_items(node, str_params), output, skips) is not None:
        return None  # (the loop's own verdict says why, as for one that is not nested)
    in_inner = {n for p in [*inner.body, *values] for n in walk(p)}
    inner = replace(inner, ordered=any(o in in_inner for o in output))
    rests = [*inner.rest, *post]
    for exit_ in (n for s in rests for n in walk(s) if isinstance(n, _NOT_IN_REST)):
        return _held(src, Why.AWAITS if isinstance(exit_, cst.Await) else Why.EXITS, exit_)
    if any(
        isinstance(n, cst.Call) and writes_output(n, calls) and not output_call(n, calls)
        for s in rests
        for n in walk(s)
    ):
        return None  # `print(x, file=f)`: `f.write` is someone's code
    if foreign_awaits(node, calls):
        return _held(src, Why.AWAITS, node)
    outer_local = set(targets) | {n for s in pre for n in bound_names(s)}
    if outer_local & inner.own:
        return None  # (a name both bind: which one a step reads would be the rests' to say)
    local = outer_local | inner.own
    try:
        assigned = _bound_first(pre, set(targets), local)
        _check_bound(loop.iter, _names(loop.iter), local - assigned)
        inner_assigned = _bound_first(inner.body, assigned | set(inner.targets), local)
        for v in values:
            _check_bound(v, _names(v), local - inner_assigned)
    except _ReadFirst as first:
        return _held(src, Why.CARRIED, first.node, first.name)
    if local - inner_assigned:
        return None  # a name the items may leave unbound: the rests would not see it so
    if shared := (local - set(targets)) & (scope.declared | scope.captured):
        return _held(src, Why.SHARED_NAME, node, min(shared))
    outside = {n.value for p in [*made, node.iter] for n in variables(p)} - local
    rest_binds = {n for s in rests for n in bound_names(s)}
    stores = rest_parts(_outer(targets, pre, loop, inner, post))
    stored = {c.container for c in inner.collects} | {
        base.value
        for s in stores
        for n in walk(s)
        if isinstance(n, cst.AssignTarget | cst.AugAssign | cst.AnnAssign | cst.Del)
        for t in _leaves(n.target)
        if isinstance(t, cst.Attribute | cst.Subscript) and isinstance(base := _base(t), cst.Name)
    }
    # What a rest binds or stores into, an item after it reads: the items go in order.
    if (read := _reading(stored & outside, [*made, node.iter])) is not None:
        return _held(src, Why.READS_COLLECTED, *read)
    rebound = {n for s in inner.rest for n in bound_names(s)}
    read = _reading(rest_binds & outside, [*made, node.iter]) or _reading(
        rebound & _names_in([*inner.body, *values]), [*inner.body, *values]
    )
    if read is not None:
        return _held(src, Why.CARRIED, *read)
    if stored & local:
        # (an object an item bound, stored into: the inner items after it read it, and an
        # outer item may come again)
        return _held(src, Why.STORES, next(s for s in stores if _names_in([s]) & stored & local))
    if rest_binds & scope.declared:
        return None  # a global (or nonlocal) the items' helpers may read: module state
    for p in [*made, node.iter]:
        for name in (v.value for v in variables(p)):
            if name in outside and name in scope_local and name not in steps[j].load_names:
                return _held(src, Why.UNBOUND, p, name)
    return replace(
        _outer(targets, pre, loop, inner, post), ordered=bool(output), own=frozenset(local)
    )


def _names_in(parts: Sequence[cst.CSTNode]) -> set[str]:
    return {n.value for p in parts for n in variables(p)}


def _outer(
    targets: Sequence[str],
    pre: Sequence[cst.BaseStatement],
    loop: cst.For,
    inner: FanOut,
    post: Sequence[cst.BaseStatement],
) -> FanOut:
    outer_own = {n for s in pre for n in bound_names(s)} - set(targets)
    return FanOut(
        tuple(targets),
        (*pre, loop),
        (),
        rest=tuple(post),
        carried=tuple(sorted(outer_own)),
        inner=inner,
    )


def own_continues(statements: Sequence[cst.BaseStatement]) -> frozenset[cst.Continue]:
    """The ``continue`` statements of a loop's body that go on with that loop (not with a
    loop inside it)."""
    found: set[cst.Continue] = set()
    todo: list[cst.CSTNode] = list(statements)
    while todo:
        n = todo.pop()
        if isinstance(n, cst.Continue):
            found.add(n)
        elif not isinstance(n, cst.For | cst.While | cst.FunctionDef | cst.ClassDef | cst.Lambda):
            todo += children(n)
    return frozenset(found)


def _base(target: cst.BaseExpression) -> cst.BaseExpression:
    while isinstance(target, cst.Attribute | cst.Subscript):
        target = target.value
    return target


def _reading(containers: set[str], parts: Sequence[cst.CSTNode]) -> tuple[cst.CSTNode, str] | None:
    """The first of ``parts`` that reads one of ``containers``, and which."""
    for p in parts:
        for n in variables(p):
            if n.value in containers:
                return p, n.value
    return None


def _untaken(
    statements: Sequence[cst.BaseStatement], invariant: frozenset[str]
) -> tuple[cst.BaseExpression | None, list[cst.CSTNode]]:
    """The test ``t`` of the body's ``if t and ...:`` statements, when it is one name the
    function never rebinds whose truth is a builtin's (a parameter annotated ``bool``,
    ``str``, ...), the same in all; and the body as it runs when ``t`` is false (those
    statements replaced by their ``else``). (None, []) if there is no such test."""
    test: cst.BaseExpression | None = None
    rest: list[cst.CSTNode] = []
    for s in statements:
        if isinstance(s, cst.If) and isinstance(s.test, cst.BooleanOperation):
            first: cst.BaseExpression = s.test
            while isinstance(first, cst.BooleanOperation) and isinstance(first.operator, cst.And):
                first = first.left
            if (
                first is not s.test
                and isinstance(first, cst.Name)
                and first.value in invariant
                and (test is None or (isinstance(test, cst.Name) and test.value == first.value))
            ):
                test = first
                if s.orelse is not None:
                    rest.append(s.orelse)
                continue
        rest.append(s)
    return test, (rest if test is not None else [])


def _calls(node: cst.CSTNode) -> list[cst.Call]:
    return [n for n in walk(node) if isinstance(n, cst.Call)]


def _read_later(names: set[str], later: Sequence[cst.CSTNode]) -> tuple[str, cst.CSTNode] | None:
    """A later statement that might read one of ``names`` while it still holds what the
    loop left, and the name; None if none. A plain assignment that does not read it gives
    it a new value first; a later loop over the same name binds it for its own body (after
    that loop, it may still hold the first loop's value: the second may not have run)."""
    live = set(names)
    for node in later:
        if not live:
            return None
        read: set[str] = set()
        if isinstance(node, cst.For) and node.orelse is None:
            own = set(bound_by_target(node.target))
            read = live & _names(node.iter) or (live - own) & _names(node.body)
        elif isinstance(node, cst.Assign) and all(
            isinstance(t.target, cst.Name) for t in node.targets
        ):
            read = live & _names(node.value)
            live -= {t.target.value for t in node.targets}  # type: ignore[attr-defined]
        else:
            read = live & _names(node)
        if read:
            return min(read), node
    return None


def _names(node: cst.CSTNode) -> set[str]:
    return {n.value for n in variables(node)}


def _str_items(loop: cst.For, str_params: Mapping[str, bool]) -> set[str]:
    """The loop's names known to hold a str: its target, iterating a parameter annotated
    as a collection of str."""
    it = loop.iter
    if isinstance(it, cst.Name) and it.value in str_params and isinstance(loop.target, cst.Name):
        return {loop.target.value}
    return set()


def _reads_of(stmt: cst.BaseStatement) -> set[str]:
    """Names a body statement reads (for a nested block: every name it mentions)."""
    if isinstance(stmt, cst.SimpleStatementLine):
        out: set[str] = set()
        for small in stmt.body:
            if isinstance(small, cst.Assign | cst.AnnAssign):
                parts: list[cst.CSTNode] = [small.value] if small.value is not None else []
                targets = (
                    [t.target for t in small.targets]
                    if isinstance(small, cst.Assign)
                    else [small.target]
                )
                parts += [t for t in targets if not isinstance(t, cst.Name | cst.Tuple)]
            else:
                parts = [small]
            out |= {n.value for p in parts for n in variables(p)}
        return out
    return {n.value for n in variables(stmt)}


class _ReadFirst(Exception):
    """``name`` may be read at ``node`` before the item binds it."""

    def __init__(self, name: str, node: cst.CSTNode) -> None:
        super().__init__(name)
        self.name, self.node = name, node


def _check_bound(node: cst.CSTNode, reads: set[str], unbound: set[str]) -> None:
    if read := reads & unbound:
        raise _ReadFirst(min(read), node)


def _bound_first(
    statements: Sequence[cst.BaseStatement], assigned: set[str], local: set[str]
) -> set[str]:
    """The names of ``local`` certainly bound after ``statements`` run, given those bound
    before (``assigned``); raises `_ReadFirst` if one may be read before this item binds it
    (it would see the item before's value). A ``try`` or ``if`` binds what every way through
    it binds."""
    assigned = set(assigned)
    for s in statements:
        if isinstance(s, cst.If):
            _check_bound(s.test, _names(s.test), local - assigned)
            ways = [_bound_first(_suite(s.body), assigned, local)]
            orelse = s.orelse
            if isinstance(orelse, cst.If):
                ways.append(_bound_first([orelse], assigned, local))
            elif isinstance(orelse, cst.Else):
                ways.append(_bound_first(_suite(orelse.body), assigned, local))
            else:
                ways.append(assigned)
            assigned = set.intersection(*ways)
        elif (
            isinstance(s, cst.For)
            and s.orelse is None
            and all(isinstance(t, cst.Name) for t in _leaves(s.target))
        ):
            # A loop in the body binds, item by item, what its body binds; after it, only
            # what was bound before it is certain (it may have no item).
            _check_bound(s.iter, _names(s.iter), local - assigned)
            _bound_first(_suite(s.body), assigned | set(bound_by_target(s.target)), local)
        elif isinstance(s, cst.Try) and s.finalbody is None:
            body = _bound_first(_suite(s.body), assigned, local)
            if s.orelse is not None:
                body = _bound_first(_suite(s.orelse.body), body, local)
            ways = [body]
            for handler in s.handlers:
                if handler.type is not None:
                    _check_bound(handler.type, _names(handler.type), local - assigned)
                # A handler runs after any part of the body: only what was bound before.
                start = set(assigned)
                if handler.name is not None:
                    start |= set(bound_by_target(handler.name.name))  # type: ignore[arg-type]
                ways.append(_bound_first(_suite(handler.body), start, local))
            assigned = set.intersection(*ways)
        else:
            _check_bound(s, _reads_of(s), local - assigned)
            assigned |= set(_plain_binds(s))
    return assigned


def _suite(suite: cst.BaseSuite) -> Sequence[cst.BaseStatement]:
    if isinstance(suite, cst.IndentedBlock):
        return suite.body
    assert isinstance(suite, cst.SimpleStatementSuite)  # `if x: y = 1`
    return [cst.SimpleStatementLine(body=suite.body)]


def _plain_binds(stmt: cst.BaseStatement) -> list[str]:
    if isinstance(stmt, cst.SimpleStatementLine):
        out: list[str] = []
        for small in stmt.body:
            if isinstance(small, cst.Assign):
                out += [n for t in small.targets for n in bound_by_target(t.target)]
            elif isinstance(small, cst.AnnAssign) and small.value is not None:
                out += bound_by_target(small.target)
        return out
    return []  # a nested block may or may not bind


def analyse_loops(ctx: CompileContext, steps: Sequence[Facts], top: bool) -> dict[int, FanOut]:
    """The loops that fan out (`judge_loops`, without the others' reasons)."""
    return {j: fan for j, fan in judge_loops(ctx, steps, top).items() if isinstance(fan, FanOut)}


def judge_loops(
    ctx: CompileContext,
    steps: Sequence[Facts],
    top: bool,
    sequential: bool = False,
    bound: frozenset[str] = frozenset(),
) -> dict[int, FanOut | InOrder]:
    """For each ``for`` step: its `FanOut`, or why it keeps its items in order. ``top``:
    the function's own body. Inside a block, what runs after a loop is not all in
    ``steps``: the names its body binds must appear nowhere else in the function.
    ``sequential``: a body whose steps run one after another (`Entry.sequential`).
    ``bound``: the names certainly bound as the body starts (`Entry.bound`)."""
    if sequential:
        return {
            j: _held(ctx.src, Why.IN_TRY, step.node)
            for j, step in enumerate(steps)
            if isinstance(step.node, cst.For)
        }
    # (a finalizer: each item's objects would be freed when the loop is done with, in
    # autoform's code; code with effects run on objects where no call shows it: an item's
    # statements would run it as its calls come back, out of item order)
    for why, site in ((Why.FINALIZER, ctx.unseen.finalizer), (Why.FORMATTER, ctx.unseen.formatter)):
        if site is not None:
            what = site.said(ctx.src.filename)
            return {
                j: _held(ctx.src, why, step.node, what)
                for j, step in enumerate(steps)
                if isinstance(step.node, cst.For)
            }
    redirected: dict[int, FanOut | InOrder] = {}
    # (an item read of a defaultdict inserts the key: a store another item may see)
    inserting = inserting_names(ctx.src.func, ctx.calls) | (
        module_facts(ctx.src).inserting - ctx.local
    )
    for j, step in enumerate(steps):
        if isinstance(step.node, cst.For) and (
            reads := read_items(step.node.body, inserting, ctx.calls)
        ):
            redirected[j] = _held(ctx.src, Why.INSERTS, reads[0], _container(reads[0]))
    if output_may_move(ctx):
        # (a handler or a stream the function set up: an item's output may change what the
        # next item reads)
        for j, step in enumerate(steps):
            said = (
                next(iter(in_turn(step.node.body, ctx.calls)), None)
                if isinstance(step.node, cst.For)
                else None
            )
            if said is not None:
                redirected[j] = _held(ctx.src, Why.OUTPUT_MOVES, said)
    calls = ctx.calls
    elsewhere = None if top else ctx.mentioned_elsewhere
    # Parameters whose items are known to be str (`docs: list[str]`), while not rebound.
    rebound = {n for s in steps for n in s.store_names}
    str_params = {p: True for p in str_item_parameters(ctx.src.func) if p not in rebound}
    # Names whose truth stays what it is as a loop starts: parameters annotated immutable
    # that the function never rebinds.
    invariant = ctx.immutable - set(bound_names(ctx.src.func.body)) - ctx.scope.declared
    judged: dict[int, FanOut | InOrder] = dict(redirected)
    fresh: set[str] = set()
    for j, step in enumerate(steps):
        if j in redirected:
            continue
        if isinstance(step.node, cst.For):
            judged[j] = _analyse(
                j,
                steps,
                calls,
                fresh,
                elsewhere,
                str_params,
                ctx.scope,
                ctx.local,
                ctx.src,
                invariant,
            )
            if isinstance(held := judged[j], InOrder) and held.why is Why.HELPER_EFFECTS:
                # (items changing only their own objects: together if they are distinct)
                judged[j] = _distinct(ctx, j, steps, fresh, elsewhere, str_params, invariant, held)
            if isinstance(held := judged[j], InOrder):
                # (the items' calls together, the rest of each in order, if that may be)
                split = _split(j, steps, calls, str_params, ctx.scope, ctx.local)
                if split is None:
                    nested = _nested(j, steps, calls, str_params, ctx.scope, ctx.local, ctx.src)
                    # (what keeps nested loops in order, said of them seen as one loop)
                    held = nested if isinstance(nested, InOrder) else held
                    judged[j], split = held, nested if isinstance(nested, FanOut) else None
                split = split or _split_distinct(ctx, j, steps, str_params)
                if split is not None:
                    judged[j] = replace(split, held=held)
        # (another name may hold it now: `alias = out`, `holder = [out]`, `out.keys()`; a
        # loop collecting into it would not see that name read it)
        fresh -= {
            v
            for n, v in step.load_names.items()
            if v in fresh and _held_beyond(step.node, n, calls)
        }
        if _fresh_container(step, calls):
            fresh |= step.writes | step.updates  # (a name kept as one identifier: updates)
        else:
            fresh -= step.writes | step.updates
        # A container rebound, or handed to anything else, is no longer known fresh here;
        # the effects analysis checks that it has not escaped.
    for j, fan in judged.items():
        node = steps[j].node
        if isinstance(fan, FanOut) and isinstance(node, cst.For):
            shared = _shared_item_read(node, calls)
            unbound = _maybe_unbound(ctx, steps, j, bound)
            if shared is not None:
                judged[j] = _held(ctx.src, Why.INSERTS, shared, _container(shared))
            elif unbound is not None:
                judged[j] = _held(ctx.src, Why.UNBOUND, unbound[0], unbound[1])
            else:
                judged[j] = replace(fan, reads=_item_read_heads(ctx, node))
    return judged


def _maybe_unbound(
    ctx: CompileContext, steps: Sequence[Facts], j: int, bound: frozenset[str]
) -> tuple[cst.CSTNode, str] | None:
    """A name of the function's that loop ``j``'s body reads, binds nowhere in it, and that
    may be unbound as it starts (bound on one branch only, in a loop, deleted), with where
    it is read. The items would read it as a free variable of theirs: Python's error
    would be another (NameError, not UnboundLocalError, as an item might catch it, or a
    comprehension of the body, or a traceback, tell)."""
    loop = steps[j].node
    assert isinstance(loop, cst.For)
    inside = _own_names(loop)
    local = ctx.local - ctx.scope.declared - inside
    certain = _certain_in([s.node for s in steps[:j]], set(bound) | set(ctx.params))
    if certain is None:
        return None  # (no path reaches the loop)
    for n in variables(loop.body):
        if n.value in local and n.value not in certain:
            return n, n.value
    return None


def _own_names(loop: cst.For) -> set[str]:
    """The names ``loop`` binds: its target's and its body's."""
    return set(bound_by_target(loop.target)) | set(bound_names(loop.body))


def _certain_after(stmt: cst.CSTNode, certain: set[str] | None) -> set[str] | None:
    """The names certainly bound after ``stmt`` runs, from ``certain`` before it; None when
    it never completes (it returns or raises: any name counts as bound after it)."""
    if certain is None:
        return None
    if isinstance(stmt, cst.BaseSmallStatement):  # (a step of one small statement)
        stmt = cst.SimpleStatementLine([stmt])
    if isinstance(stmt, cst.SimpleStatementLine):
        out = set(certain)
        for small in stmt.body:
            if isinstance(small, cst.Return | cst.Raise):
                return None
            if isinstance(small, cst.Del):
                out -= {n.value for n in walk(small.target) if isinstance(n, cst.Name)}
            else:
                out |= set(bound_names(cst.SimpleStatementLine([small])))
        return out
    if isinstance(stmt, cst.If):
        then = _certain_in(_suite(stmt.body), certain)
        if stmt.orelse is None:
            return certain
        other = (
            _certain_after(stmt.orelse, certain)
            if isinstance(stmt.orelse, cst.If)
            else _certain_in(_suite(stmt.orelse.body), certain)
        )
        return _both(then, other)
    if isinstance(stmt, cst.With):
        named = {n for item in stmt.items if item.asname for n in bound_by_target(item.asname.name)}
        return _certain_in(_suite(stmt.body), certain | named)
    if isinstance(stmt, cst.Try):
        done = _certain_in(_suite(stmt.body), certain)
        if stmt.orelse is not None:
            done = _certain_in(_suite(stmt.orelse.body), done) if done is not None else None
        for handler in stmt.handlers:
            start = set(certain)
            if handler.name is not None:
                start |= set(bound_by_target(handler.name.name))  # type: ignore[arg-type]
            done = _both(done, _certain_in(_suite(handler.body), start))
        if stmt.finalbody is not None:
            after = _certain_in(_suite(stmt.finalbody.body), done if done is not None else set())
            return None if done is None else after
        return done
    if isinstance(stmt, cst.FunctionDef | cst.ClassDef):
        return certain | {stmt.name.value}
    return certain  # a loop (it may run no item), a `match`: what they bind may be unbound


def _certain_in(stmts: Sequence[cst.BaseStatement], certain: set[str] | None) -> set[str] | None:
    for stmt in stmts:
        certain = _certain_after(stmt, certain)
    return certain


def _both(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    """After one of two ways: what both bind (a way that never completes binds anything)."""
    if a is None:
        return b
    if b is None:
        return a
    return a & b


def _container(read: cst.BaseExpression) -> str:
    """What an item read reads an item of, as written (``registry()`` of ``registry()[k]``;
    ``table`` given to ``"{d[k]}".format(d=table)``)."""
    return cst.Module([]).code_for_node(read.value if isinstance(read, cst.Subscript) else read)


def _shared_item_read(loop: cst.For, calls: CallTable) -> cst.BaseExpression | None:
    """An item read in ``loop``'s body of what a helper or a method of the user's hands back
    that is not fresh (module state, its object's attribute: ``registry()[r]``,
    ``book.get_index()[r]``): it may be a container whose item read inserts, which no
    check as the loop starts can reach without calling the helper."""
    for read, base in item_reads(loop.body, calls):
        if isinstance(base, cst.Call):
            helper = calls.info(base).helper
            # (what it returns is new, or a display, no dict; not what that holds: `f()[0][k]`)
            new = helper is not None and (helper.fresh_result or helper.returns_display)
            direct = isinstance(read, cst.Subscript) and read.value is base
            if helper is not None and not (new and direct):
                return read
    return None


def _item_read_heads(ctx: CompileContext, loop: cst.For) -> tuple[str, ...]:
    """`FanOut.reads`: the names, bound outside ``loop``, that its body's item reads start
    from (a parameter too: the function may have put a defaultdict in it since its entry
    was checked, `ctx["counts"] = defaultdict(int)`); not a module's str, nor a reply."""
    inside = _own_names(loop)
    strs = module_facts(ctx.src).strs
    replies = _replies(ctx)
    # (a parameter annotated `str`, `int | None`, ... the function never rebinds)
    inside |= ctx.immutable - set(bound_names(ctx.src.func.body)) - ctx.scope.declared
    out: dict[str, None] = {}
    for _, base in item_reads(loop.body, ctx.calls):
        if isinstance(base, cst.Call):  # (`styles.get(k)[x]`: what `styles` holds)
            base = base.func
            while isinstance(base, cst.Attribute | cst.Subscript):
                base = base.value
        if not isinstance(base, cst.Name):
            continue
        name = base.value
        if name in inside:
            continue
        if (name in strs and name not in ctx.local) or name in replies:
            continue
        out[name] = None
    return tuple(out)


def _replies(ctx: CompileContext) -> set[str]:
    """The function's names every binding of which is a plain ``name = call(...)`` of a
    primitive or a helper whose result is a str (an LM call's reply): no container whose
    item read inserts."""
    good: set[str] = set()
    bad: set[str] = set()
    for n in walk(ctx.src.func.body):
        if isinstance(n, cst.Assign | cst.AnnAssign | cst.AugAssign):
            targets = [t.target for t in n.targets] if isinstance(n, cst.Assign) else [n.target]
            value = n.value
            info = ctx.calls.info(value) if isinstance(value, cst.Call) else None
            helper = info.helper if info is not None else None
            plain = (
                isinstance(n, cst.Assign | cst.AnnAssign)
                and info is not None
                and (
                    (info.spec is not None and info.method is None)
                    or (helper is not None and helper.returns_str)
                )
            )
            for t in targets:
                names = [t.value] if isinstance(t, cst.Name) else bound_by_target(t)
                (good if plain and isinstance(t, cst.Name) else bad).update(names)
    bad |= {x for stmt in walk(ctx.src.func.body) for x in _other_binds(stmt)}
    return good - bad


def _other_binds(node: cst.CSTNode) -> list[str]:
    """Names ``node`` binds other than by an assignment (a loop's or a `with`'s target,
    ``:=``, an import, an ``except ... as``, a `def`)."""
    if isinstance(node, cst.For):
        return bound_by_target(node.target)
    if isinstance(node, cst.NamedExpr) and isinstance(node.target, cst.Name):
        return [node.target.value]
    if isinstance(node, cst.WithItem) and node.asname is not None:
        return bound_by_target(node.asname.name)  # type: ignore[arg-type]
    if isinstance(node, cst.ExceptHandler) and node.name is not None:
        return bound_by_target(node.name.name)  # type: ignore[arg-type]
    if isinstance(node, cst.FunctionDef | cst.ClassDef):
        return [node.name.value]
    if isinstance(node, cst.Import | cst.ImportFrom | cst.Del):
        return bound_names(cst.SimpleStatementLine([node]))
    return []


def _distinct(
    ctx: CompileContext,
    j: int,
    steps: Sequence[Facts],
    fresh: set[str],
    elsewhere: Callable[[cst.CSTNode], set[str]] | None,
    str_params: Mapping[str, bool],
    invariant: frozenset[str],
    held: InOrder,
) -> FanOut | InOrder:
    """A loop ``held`` for a call of a helper with effects, judged again taking its items'
    calls changing their own objects as free of effects (`analysis.distinct`)."""
    found = _own_changes(ctx, steps[j].node)
    if found is None:
        return held
    if found.more is not None:
        return _held(ctx.src, Why.READS_MORE, *found.more)
    if found.reaching is not None:
        return _held(ctx.src, Why.REACHES_ITEMS, *found.reaching)
    judged = _analyse(
        j, steps, ctx.calls, fresh, elsewhere, str_params, ctx.scope, ctx.local, ctx.src,
        invariant, found.calls,
    )  # fmt: skip
    return replace(judged, distinct=True) if isinstance(judged, FanOut) else judged


def _split_distinct(
    ctx: CompileContext, j: int, steps: Sequence[Facts], str_params: Mapping[str, bool]
) -> FanOut | None:
    """`_split`, its items' calls changing their own objects (`analysis.distinct`); the
    rest too (it runs beside later items) reads nothing that may reach another item."""
    found = _own_changes(ctx, steps[j].node)
    if found is None or found.more is not None or found.reaching is not None:
        return None
    split = _split(j, steps, ctx.calls, str_params, ctx.scope, ctx.local, found.calls)
    return replace(split, distinct=True) if split is not None else None


def _own_changes(ctx: CompileContext, node: cst.CSTNode) -> OwnChanges | None:
    return own_changes(ctx, node) if isinstance(node, cst.For) else None


def items_own(activity: Sequence[Activity], effects: Sequence[Effects]) -> tuple[Activity, ...]:
    """``activity`` without the names a loop that fans out binds: each item binds them in
    its own function, so the loop neither reads nor binds the body's (a later loop over the
    same name need not wait for it)."""
    out = list(activity)
    for j, (act, eff) in enumerate(zip(activity, effects, strict=True)):
        fan = eff.fanout
        if fan is None or fan.unless is not None or has_rest(fan):
            # (a loop that may run in order binds its names as written; so does the rest of
            # a body run in order in the function)
            continue
        versions = {act.load_names.get(n) for n in fan.own} | {
            act.store_names.get(n) for n in fan.own
        }
        out[j] = replace(
            act,
            reads=act.reads - versions,
            writes=act.writes - versions,
            updates=act.updates - versions,
        )
    return tuple(out)
