"""Lifting: the calls of one statement out into statements of their own, in the order
Python makes them, so that each step awaits at most one primitive call."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

import libcst as cst

from ..analysis.calls import CallKind, CallTable
from ..analysis.names import own_scope
from ..source import FunctionSource
from ..syntax.layout import WIDTH, flattened
from ..syntax.naming import Namer
from ..syntax.walk import children, walk
from .order import earlier_is_safe, inside, runs_lazily

__all__ = [
    "LISTING",
    "check_header",
    "evaluation_pieces",
    "header_parts",
    "listed_generator",
    "split",
]

_REFUSED_AROUND_CALLS = {
    cst.Lambda: (
        "an LM call inside a lambda",
        "A lambda cannot await; write a `def` helper at module level instead.",
    ),
    cst.GeneratorExp: (
        "an LM call inside a generator expression",
        "Use a list comprehension (`[...]`) or a `for` loop instead. A generator expression "
        "that `list()`, `tuple()`, `sorted()` or `str.join` takes whole is fine; one that "
        "`set()`, `Counter()`, `sum()`, `min()`, `max()` or `dict()` takes is, when its items "
        "are strs or numbers and no `key=` or `default=` is given (README, 'Generator "
        "expressions').",
    ),
}


# What the ``_af.listed(...)`` calls `materialized` made are known as (not a user's call of
# that name).
LISTING = "autoform.runtime.listed"


def listed_generator(node: cst.CSTNode, outer: cst.CSTNode | None, infos: CallTable) -> bool:
    """Is ``node`` a generator expression `materialized` gave ``_af.listed`` (``outer``,
    the node around it)?"""
    return (
        type(node) is cst.GeneratorExp
        and isinstance(outer, cst.Call)
        and infos.info(outer).qualname == LISTING
    )


def evaluation_pieces(small: cst.BaseSmallStatement) -> list[cst.BaseExpression]:
    """The expressions of a statement in the order Python evaluates them."""
    if isinstance(small, cst.Assign):
        return [small.value, *(t.target for t in small.targets)]
    if isinstance(small, cst.AnnAssign):
        return [small.value, small.target] if small.value is not None else []
    if isinstance(small, cst.AugAssign):
        return [small.target, small.value]
    if isinstance(small, cst.Expr | cst.Return):
        return [small.value] if small.value is not None else []
    if isinstance(small, cst.Raise):
        return [e for e in (small.exc, small.cause.item if small.cause else None) if e]
    if isinstance(small, cst.Assert):
        return [e for e in (small.test, small.msg) if e is not None]
    return []


class _PostOrder:
    """Calls in the order they are made (children before parents, left to right), and the
    nodes enclosing each."""

    def __init__(self) -> None:
        self.calls: list[cst.Call] = []
        self.enclosing: dict[cst.Call, list[cst.CSTNode]] = {}

    def add(self, node: cst.CSTNode, stack: list[cst.CSTNode] | None = None) -> None:
        stack = [] if stack is None else stack
        if isinstance(node, cst.Call):
            self.enclosing[node] = list(stack)
        stack.append(node)
        for child in children(node):
            self.add(child, stack)
        stack.pop()
        if isinstance(node, cst.Call):
            self.calls.append(node)


class _Lift(cst.CSTTransformer):
    """Replaces the chosen calls by temporaries, emitting a step for each, in order; the
    callee of each call in ``callee_first`` is read into one before its arguments run."""

    def __init__(
        self,
        lift: dict[cst.Call, str],
        emit: Callable[[str, cst.BaseExpression], str],
        infos: CallTable,
        callee_first: Collection[cst.Call] = (),
    ) -> None:
        self.lift = lift
        self.emit = emit
        self.infos = infos
        self.callee_first = callee_first
        self.callees: dict[cst.Call, str] = {}

    def visit_Call(self, node: cst.Call) -> bool:
        if node in self.callee_first:
            self.callees[node] = self.emit("_f", node.func)
        return True

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.BaseExpression:
        callee = self.callees.get(original_node)
        if callee is not None:
            updated_node = updated_node.with_changes(func=cst.Name(callee))
        self.infos.rebuilt(updated_node, original_node)  # later stages look calls up by node
        prefix = self.lift.get(original_node)
        if prefix is None:
            return updated_node
        name = self.emit(prefix, updated_node)
        return cst.Name(name)


def _refuse_unawaitable(
    src: FunctionSource, order: _PostOrder, awaited: list[cst.Call], infos: CallTable
) -> None:
    """A located `CompileError` for an LM call where no ``await`` can stand: in a lambda, in
    a generator expression (not in a lambda's default, made once, where it is written)."""
    for call in awaited:
        around = order.enclosing[call]
        for k, outer in enumerate(around):
            # (the call around, past its `Arg`)
            if k > 1 and listed_generator(outer, around[k - 2], infos):
                continue  # (`await _af.listed(<genexpr>)`: an async generator, awaited whole)
            refused = _REFUSED_AROUND_CALLS.get(type(outer))
            if refused is not None and not _in_default(call, outer):
                what, hint = refused
                raise src.error(call, f"{what} is not supported.", construct=what, hint=hint)


def check_header(src: FunctionSource, block: cst.BaseCompoundStatement, infos: CallTable) -> None:
    """Refuse an LM call in a block's header (a loop's iterable, a test, a ``with`` item, a
    ``match`` subject or guard) where no ``await`` can stand (`_refuse_unawaitable`): the
    header is awaited where it stands, as written."""
    order = _PostOrder()
    for part in header_parts(block):
        order.add(part)
    awaited = [c for c in order.calls if infos.info(c).kind is CallKind.AWAITABLE]
    if awaited:
        _refuse_unawaitable(src, order, awaited, infos)


def header_parts(block: cst.CSTNode) -> list[cst.BaseExpression]:
    """The expressions a compound statement evaluates itself, not in its bodies (an
    ``elif``'s test too)."""
    if isinstance(block, cst.For):
        return [block.iter]
    if isinstance(block, cst.While):
        return [block.test]
    if isinstance(block, cst.If):
        return [block.test, *header_parts(block.orelse)] if block.orelse else [block.test]
    if isinstance(block, cst.With):
        return [item.item for item in block.items]
    if isinstance(block, cst.Match):
        return [block.subject, *(c.guard for c in block.cases if c.guard is not None)]
    return []


def _in_default(call: cst.Call, outer: cst.CSTNode) -> bool:
    """A call in a lambda's default value runs once, when the lambda is made."""
    if not isinstance(outer, cst.Lambda):
        return False
    p = outer.params
    defaults = [x.default for x in (*p.posonly_params, *p.params, *p.kwonly_params)]
    return any(inside(call, d) for d in defaults)


def _targets_of(small: cst.BaseSmallStatement) -> list[cst.BaseExpression]:
    """What an assignment stores into, one leaf at a time (``a, b.c = ...``: a, b.c)."""
    stack: list[cst.BaseExpression]
    if isinstance(small, cst.Assign):
        stack = [t.target for t in small.targets]
    elif isinstance(small, cst.AnnAssign):
        stack = [small.target]
    else:
        return []
    out: list[cst.BaseExpression] = []
    while stack:
        t = stack.pop()
        if isinstance(t, cst.Tuple | cst.List):
            stack += [el.value for el in t.elements]
        elif isinstance(t, cst.StarredElement):
            stack.append(t.value)
        else:
            out.append(t)
    return out


def split(
    src: FunctionSource,
    small: cst.BaseSmallStatement,
    infos: CallTable,
    namer: Namer,
    in_place: bool = False,
    declared: Collection[str] = (),
    known: Callable[[str], bool] = lambda name: False,
) -> tuple[Sequence[cst.BaseSmallStatement], bool]:
    """The statements a small statement becomes, and whether it awaits its calls in place.
    ``known``: is a name (or dotted name) certainly bound when the statement runs?"""
    pieces = evaluation_pieces(small)
    order = _PostOrder()
    for piece in pieces:
        order.add(piece)
    kind = {c: infos.info(c).kind for c in order.calls}
    awaited = [i for i, c in enumerate(order.calls) if kind[c] is CallKind.AWAITABLE]
    if not awaited:
        return [small], False
    _refuse_unawaitable(src, order, [order.calls[i] for i in awaited], infos)
    conditional = any(
        runs_lazily(order.calls[i], order.enclosing[order.calls[i]], small) for i in awaited
    )
    if conditional or in_place:
        # A call that runs only on some paths (`a and lm(x)`, `[lm(t) for t in ts]`) is
        # awaited where it stands: the statement keeps its place, nothing runs speculatively.
        return [small], True

    # The statement's own value may stay in place when it is the awaited call itself, and
    # what it binds is a local: storing into a global, an attribute or an item is visible,
    # and must happen as soon as the call is done, not when later calls are taken with it.
    top = getattr(small, "value", None)
    keep_top = (
        isinstance(small, cst.Assign | cst.AnnAssign | cst.Expr | cst.Return)
        and isinstance(top, cst.Call)
        and kind.get(top) is CallKind.AWAITABLE
        and all(isinstance(t, cst.Name) and t.value not in declared for t in _targets_of(small))
    )
    last = awaited[-1]
    inside_awaited: set[cst.Call] = set()
    for i in awaited:
        for c in order.calls[:i]:
            if order.calls[i] in order.enclosing[c]:
                inside_awaited.add(c)
    lift: dict[cst.Call, str] = {}
    for i, c in enumerate(order.calls):
        if kind[c] is CallKind.AWAITABLE:
            if not (keep_top and c is top):
                lift[c] = "_lm"
        elif kind[c] is CallKind.UNKNOWN and (i < last or c in inside_awaited):
            # An unknown call made before an LM call must stay before it, as its own step.
            lift[c] = "_v"

    # Lifted calls run before everything else the statement evaluates: only where what
    # Python evaluates before them cannot fail or be seen (`table[k] + lm(x)` fails first).
    roots = {id(p): k for k, p in enumerate(pieces)}
    for c in lift:
        path = order.enclosing[c]
        k = roots[id(path[0] if path else c)]
        if not earlier_is_safe(c, path, pieces[:k], lift.__contains__, known, infos):
            return [small], True

    # Python reads a callee before its arguments: where one lifted out of a helper's or a
    # primitive's call may rebind the callee's name (an unknown call, a helper with
    # effects), the callee is read first, into a step of its own, and that binding called.
    callee_first = [
        outer
        for outer in order.calls
        if _rebindable(outer, infos)
        and any(outer in order.enclosing[c] and _may_rebind(c, infos, src.func) for c in lift)
    ]

    out: list[cst.BaseSmallStatement] = []

    def emit(prefix: str, value: cst.BaseExpression) -> str:
        name = namer.fresh(prefix)
        out.append(cst.Assign(targets=[cst.AssignTarget(cst.Name(name))], value=value))
        return name

    transformer = _Lift(lift, emit, infos, callee_first)
    lifted = _in_evaluation_order(small, transformer)
    assert isinstance(lifted, cst.BaseSmallStatement)
    new_small: cst.BaseSmallStatement = lifted
    # What is left once calls are lifted out is short: put it back on one line if it fits.
    if lift:
        flat = flattened(new_small, infos.rebuilt)
        if len(cst.Module([]).code_for_node(flat)) <= WIDTH - 8:
            new_small = flat
    out.append(new_small)
    return out, False


def _in_evaluation_order(
    small: cst.BaseSmallStatement, transformer: cst.CSTTransformer
) -> cst.BaseSmallStatement:
    """``small`` visited by ``transformer`` part by part in the order Python evaluates them:
    an assignment's value before its targets (``d[note(a)] = ask(b)`` asks first), which
    its tree lists first."""
    if isinstance(small, cst.Assign):
        value = small.value.visit(transformer)
        targets = [t.visit(transformer) for t in small.targets]
        return small.with_changes(value=value, targets=targets)
    if isinstance(small, cst.AnnAssign) and small.value is not None:
        value = small.value.visit(transformer)
        return small.with_changes(value=value, target=small.target.visit(transformer))
    made = small.visit(transformer)
    assert isinstance(made, cst.BaseSmallStatement)
    return made


def _rebindable(call: cst.Call, infos: CallTable) -> bool:
    """Is ``call``'s callee a module-level name of the user's (a helper, a primitive of
    theirs), which code run between reading it and calling it could rebind?"""
    info = infos.info(call)
    ours = info.helper is not None or (
        info.spec is not None and not info.spec.qualname.startswith("autoform.")
    )
    return ours and info.method is None and isinstance(call.func, cst.Name)


def _may_rebind(call: cst.Call, infos: CallTable, func: cst.FunctionDef) -> bool:
    """May ``call`` rebind a module's names: an unknown call (but a function defined in
    ``func`` that calls only known functions and declares no `global`), a helper with
    effects?"""
    info = infos.info(call)
    if info.helper is not None:
        return info.helper.effects and not info.helper.outputs  # (output rebinds nothing)
    if info.kind is not CallKind.UNKNOWN:
        return False
    if not isinstance(call.func, cst.Name):
        return True
    callee = call.func.value
    scope = own_scope(func.body)
    mine = [n for n in scope if isinstance(n, cst.FunctionDef) and n.name.value == callee]
    stores = (cst.AssignTarget, cst.AugAssign, cst.AnnAssign, cst.For, cst.CompFor, cst.AsName)
    bound_else = any(
        isinstance(m, cst.Name) and m.value == callee
        for n in scope
        if isinstance(n, stores)
        for m in walk(n.name if isinstance(n, cst.AsName) else n.target)
    )
    return (
        len(mine) != 1 or bound_else or any(_may_store_global(n, infos) for n in walk(mine[0].body))
    )


def _may_store_global(n: cst.CSTNode, infos: CallTable) -> bool:
    """Could ``n``, a node of a function's body, rebind a module's name (a `global`, an
    unknown call, a store into an object that may be a module or its `globals()`)?"""
    if isinstance(n, cst.Global | cst.Nonlocal | cst.Del):
        return True
    if isinstance(n, cst.Call):
        return infos.info(n).kind is CallKind.UNKNOWN
    if isinstance(n, cst.AssignTarget | cst.AugAssign | cst.AnnAssign):
        return any(isinstance(m, cst.Attribute | cst.Subscript) for m in walk(n.target))
    return isinstance(n, cst.Name) and n.value in ("globals", "vars", "setattr", "sys")
