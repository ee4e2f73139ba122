"""Normalise the body into steps, each awaiting at most one primitive call.

Needs: the function's tree and the call annotations (`analysis.calls`).
Produces: a list of `Step`s, one per statement, where every awaitable primitive call stands
alone (``x = lm(...)``, ``lm(...)`` or ``return lm(...)``). A call nested in an expression is
lifted into a temporary just before its statement; an unknown call that Python evaluates
before it is lifted too, so that visible effects keep their order::

    note = f(log(a), lm(b))   ->   _v1 = log(a); _lm1 = lm(b); note = f(_v1, _lm1)

This is the one transform that runs before the dataflow analyses: they work on its steps.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import replace
from typing import Any, TypeVar

import libcst as cst

from .analysis.calls import CallInfo, CallKind, CallTable, foreign_awaits
from .analysis.context import CompileContext
from .analysis.names import bound_by_target, bound_names, rename, variables
from .ir import Step
from .source import FunctionSource
from .syntax.layout import WIDTH, flattened
from .syntax.naming import Namer
from .syntax.walk import children, walk

__all__ = ["linearize", "unawait"]

N = TypeVar("N", bound=cst.CSTNode)

# Where a call runs only on some paths: the statement is awaited in place.
_CONDITIONAL = (cst.BooleanOperation, cst.IfExp, cst.ListComp, cst.SetComp, cst.DictComp)
_REFUSED_AROUND_CALLS = {
    cst.Lambda: (
        "an LM call inside a lambda",
        "A lambda cannot await; write a `def` helper at module level instead.",
    ),
    cst.GeneratorExp: (
        "an LM call inside a generator expression",
        "Use a list comprehension (`[...]`) or a `for` loop instead; a generator expression "
        "that `list()`, `tuple()`, `set()`, `sorted()` or `str.join` takes whole, as the "
        "statement's whole value, is fine.",
    ),
}


def _evaluation_pieces(small: cst.BaseSmallStatement) -> list[cst.BaseExpression]:
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


class _Tracked(cst.CSTTransformer):
    """A transform whose rebuilt nodes keep the user's positions (for error messages) and
    what their calls are known as."""

    def __init__(self, calls: CallTable) -> None:
        self.calls = calls

    def on_leave(self, original_node: Any, updated_node: Any) -> Any:
        out = super().on_leave(original_node, updated_node)
        if isinstance(out, cst.CSTNode):
            self.calls.rebuilt(out, original_node)
        return out


class _Unawait(_Tracked):
    """``await lm.acall(x)`` -> ``lm(x)``, ``await helper(x)`` -> ``helper(x)`` for an async
    helper: what an ``async def`` awaits at once is the call it stands for, and the later
    stages treat it like the plain call in a ``def``. What is left making an awaitable and not
    awaiting it (``asyncio.gather(lm.acall(a), ...)``) is an unknown call."""

    def leave_Await(self, original_node: cst.Await, updated_node: cst.Await) -> cst.BaseExpression:
        call = updated_node.expression
        info = self.calls.get(call) if isinstance(call, cst.Call) else None
        if info is None or not info.asynchronous:
            return updated_node
        assert isinstance(call, cst.Call)
        if info.helper is None:
            assert isinstance(call.func, cst.Attribute)  # `<primitive>.acall`
            call = call.with_changes(func=call.func.value)
        # `(await x.acall())` needed its parentheses; a call is atomic without them.
        self.calls[call] = replace(info, asynchronous=False)
        return call


_AWAITING = frozenset([cst.Await, cst.For, cst.With, cst.CompFor])


def unawait(node: N, calls: CallTable) -> N:
    """``node`` with its awaited primitive and helper calls written as plain calls; ``calls``
    gains entries for the nodes it builds."""
    nodes = list(walk(node))
    out: cst.CSTNode = node
    if any(type(n) is cst.Await for n in nodes):
        visited = node.visit(_Unawait(calls))
        assert isinstance(visited, cst.CSTNode)
        out = visited
    for n in walk(out) if out is not node else nodes:
        if type(n) is cst.Call and (info := calls.get(n)) is not None and info.asynchronous:  # type: ignore[call-overload]
            calls[n] = CallInfo(CallKind.UNKNOWN, info.qualname)  # made, not awaited here
    return out  # type: ignore[return-value]


class _Lift(cst.CSTTransformer):
    """Replaces the chosen calls by temporaries, emitting a step for each, in order."""

    def __init__(
        self,
        lift: dict[cst.Call, str],
        emit: Callable[[str, cst.Call], str],
        infos: CallTable,
    ) -> None:
        self.lift = lift
        self.emit = emit
        self.infos = infos

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.BaseExpression:
        self.infos.rebuilt(updated_node, original_node)  # later stages look calls up by node
        prefix = self.lift.get(original_node)
        if prefix is None:
            return updated_node
        name = self.emit(prefix, updated_node)
        return cst.Name(name)


def linearize(
    ctx: CompileContext,
    statements: Sequence[cst.BaseStatement],
    *,
    docstring_allowed: bool = True,
    bound: Iterable[str] = (),
) -> tuple[cst.BaseExpression | None, list[Step]]:
    """Split a body into steps. Returns (docstring expression or None, steps).

    A compound statement (``if``, a loop, ``try``, ``with``, ``match``) is one step; its
    bodies are compiled on their own when the step is emitted. The call table gains
    entries for the call nodes this transform creates. ``bound``: the names certainly bound
    when the body starts.
    """
    src, calls, namer = ctx.src, ctx.calls, ctx.namer
    local, declared = ctx.local, ctx.scope.declared
    steps: list[Step] = []
    certain = set(bound)
    docstring: cst.BaseExpression | None = None
    for line_no, line in enumerate(statements):
        if not isinstance(line, cst.SimpleStatementLine):
            origin, code = src.statement(line)
            # A nested function is a value made in one step; other compound statements are
            # blocks, run in place with their bodies compiled on their own.
            block = not isinstance(line, cst.FunctionDef)
            steps.append(
                Step(index=len(steps), node=line, origin=origin, code=_header(code), inline=block)
            )
            if not block:
                certain.update(bound_names(line))
            continue
        for k, small in enumerate(line.body):
            if isinstance(small, cst.Global | cst.Nonlocal):
                continue  # declarations hold for the whole function: emitted first
            if docstring_allowed and line_no == 0 and k == 0 and _is_docstring(small):
                assert isinstance(small, cst.Expr)
                docstring = small.value
                continue
            origin, code = src.statement(small)
            # `(await f(t) for t in ts)` is an async generator, no list in disguise.
            # One look at what the statement holds decides which rewrites can apply.
            kinds = {type(n) for n in walk(small)}
            if cst.Await in kinds or cst.Call in kinds:
                plain_generators = cst.GeneratorExp not in kinds or not any(
                    _is_async_generator(n) for n in walk(small)
                )
                small = unawait(small, calls)
                if plain_generators and cst.GeneratorExp in kinds:
                    small = _materialized(small, calls)
            first = len(steps)
            as_loop = _comprehension_as_loop(small, calls, src, namer)
            if as_loop is not None:
                # `xs = [lm(t) for t in ts]` is the loop it stands for, so that it can fan
                # out like one (analysis.loops decides).
                leading = tuple(line.leading_lines) if k == 0 else ()
                for node in as_loop:
                    above = leading if len(steps) == first else ()
                    steps.append(Step(len(steps), node, origin, code, False, above))
                certain.update(_binds(small))
                continue
            # A call may be lifted out of its statement only if nothing Python evaluates
            # there could fail first: a local that might be unbound keeps it in place.
            unsure = any(n in local and n not in certain for n in _reads(small))
            # What an unknown `await` does must come before or after the LM calls beside
            # it exactly as written: the statement awaits everything in place.
            if kinds & _AWAITING:
                unsure = unsure or foreign_awaits(small, calls)
            # `:=` binds in the middle of the statement: calls after it may read what it binds.
            unsure = unsure or cst.NamedExpr in kinds
            nodes, inline = _split(src, small, calls, namer, in_place=unsure, declared=declared)
            certain.update(_binds(small))
            leading = tuple(line.leading_lines) if k == 0 else ()
            for node in nodes:
                above = leading if len(steps) == first else ()
                steps.append(Step(len(steps), node, origin, code, inline, above))
    return docstring, steps


# Calls that take every item of an iterable before doing anything else with them: a
# generator expression they consume can be a list made first.
_CONSUMERS = frozenset(
    ["builtins.list", "builtins.tuple", "builtins.set", "builtins.frozenset", "builtins.sorted"]
)


def _comprehension_as_loop(
    small: cst.BaseSmallStatement,
    calls: CallTable,
    src: FunctionSource,
    namer: Namer,
) -> list[cst.CSTNode] | None:
    """A comprehension making LM calls as the loop it stands for, so that it can fan out
    like one (`analysis.loops` decides):

        xs = [E for t in ts if c]    ->  xs_items = []
                                         for t in ts:
                                             if c:
                                                 xs_items.append(E)
                                         xs = xs_items

    ``{k: E for ...}`` collects with ``d[k] = E`` (k a name or a literal), ``{E for ...}``
    into a list then ``set(...)``; a generator expression consumed whole
    (``"; ".join(E for t in ts)``, ``list(...)``, ``sorted(...)``, ...) is the list made
    first. The statement must be ``name = <comprehension>``, or an assignment, ``return``
    or expression whose whole value is the consuming call. Only one ``for``; the loop's
    names must be used nowhere else in the function (a comprehension's names are its own).
    """
    value = getattr(small, "value", None)
    if isinstance(small, cst.Assign) and len(small.targets) == 1:
        target = small.targets[0].target
        if not isinstance(target, cst.Name):
            return None
        base = target.value
    elif isinstance(small, cst.Return | cst.Expr):
        base = "results"
    else:
        return None
    if isinstance(value, cst.ListComp | cst.DictComp | cst.SetComp):
        if not isinstance(small, cst.Assign):
            return None
        comp: cst.ListComp | cst.SetComp | cst.DictComp = value
        consumer: cst.Call | None = None
    elif (
        isinstance(value, cst.Call)
        and len(value.args) == 1
        and value.args[0].keyword is None
        and not value.args[0].star
        and isinstance(value.args[0].value, cst.ListComp)
        and _consumes_all(value, calls)
    ):
        comp, consumer = value.args[0].value, value
    else:
        return None
    made = _as_loop(comp, base, calls, src, namer)
    if made is None:
        return None
    nodes, result = made
    if consumer is not None:
        result = consumer.with_changes(args=[cst.Arg(result)])
    return [*nodes, small.with_changes(value=result)]


def _is_async_generator(node: cst.CSTNode) -> bool:
    if type(node) is not cst.GeneratorExp:
        return False
    return any(
        isinstance(n, cst.Await) or (isinstance(n, cst.CompFor) and n.asynchronous is not None)
        for n in walk(node)
    )


class _Materialize(_Tracked):
    """``"; ".join(E for t in ts)`` -> ``"; ".join([E for t in ts])`` where E makes LM calls
    and the call takes every item before doing anything else: the same values, in the same
    order, and a list can be awaited item by item or fanned out."""

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.Call:
        args = updated_node.args
        if (
            len(args) == 1
            and args[0].keyword is None
            and not args[0].star
            and isinstance(args[0].value, cst.GeneratorExp)
            and _consumes_all(original_node, self.calls)
            and _makes_lm_calls(args[0].value, self.calls)
        ):
            gen = args[0].value
            listed = cst.ListComp(elt=gen.elt, for_in=gen.for_in)
            return updated_node.with_changes(args=[args[0].with_changes(value=listed)])
        return updated_node


def _makes_lm_calls(node: cst.CSTNode, calls: CallTable) -> bool:
    return any(
        isinstance(n, cst.Call) and calls.info(n).kind is CallKind.AWAITABLE for n in walk(node)
    )


def _materialized(small: N, calls: CallTable) -> N:
    if not any(type(n) is cst.GeneratorExp for n in walk(small)):
        return small
    out = small.visit(_Materialize(calls))
    return out  # type: ignore[return-value]


def _consumes_all(call: cst.Call, calls: CallTable) -> bool:
    func = call.func
    if isinstance(func, cst.Attribute) and isinstance(func.value, cst.SimpleString):
        return func.attr.value == "join"  # "sep".join(...) makes a list of its items first
    info = calls.get(call)
    return info is not None and info.qualname in _CONSUMERS


def _as_loop(
    comp: cst.ListComp | cst.SetComp | cst.DictComp,
    base: str,
    calls: CallTable,
    src: FunctionSource,
    namer: Namer,
) -> tuple[list[cst.CSTNode], cst.BaseExpression] | None:
    """(the statements making the comprehension's items, the expression of its value)."""
    loop = comp.for_in
    if loop.inner_for_in is not None or loop.asynchronous is not None:
        return None
    if not isinstance(loop.target, cst.Name | cst.Tuple):
        return None
    if isinstance(comp, cst.DictComp):
        elements = [comp.key, comp.value]
        if not isinstance(comp.key, cst.Name | cst.SimpleString | cst.Integer):
            return None  # `d[k] = v` evaluates v before k, the comprehension k before v
    else:
        elements = [comp.elt]
    if not any(_makes_lm_calls(e, calls) for e in elements):
        return None
    if any(n.value == base for n in variables(comp)):
        return None  # `x = [f(t) for t in x]` reads the old x, which the loop would not
    if any(isinstance(n, cst.NamedExpr | cst.Lambda) for n in walk(comp)):
        return None  # binds in the function, or closes over the comprehension's own name
    own = set(bound_by_target(loop.target))
    # `variables` leaves out the names a comprehension binds for itself: any left are the
    # function's own names (or globals), which the loop must not rebind.
    if any(n.value in own for n in variables(src.func.body)):
        return None
    # Each such loop gets names of its own (`d`, then `d_1`, ...), as each comprehension had.
    fresh = {name: namer.prefer(name) for name in sorted(own)}

    def renamed(expr: cst.BaseExpression) -> Any:
        return rename(expr, fresh, calls.rebuilt)  # free in the element, as it stands alone

    # The results gather in a container of their own; the name is bound only once the loop
    # is done, as the comprehension binds it only if no item fails.
    items = namer.prefer(f"{base}_items")
    body: cst.BaseSmallStatement
    if isinstance(comp, cst.DictComp):
        slot = cst.Subscript(cst.Name(items), [cst.SubscriptElement(cst.Index(renamed(comp.key)))])
        body = cst.Assign([cst.AssignTarget(slot)], renamed(comp.value))
        empty: cst.BaseExpression = cst.Dict([])
    else:
        append = cst.Attribute(cst.Name(items), cst.Name("append"))
        body = cst.Expr(cst.Call(append, args=[cst.Arg(renamed(comp.elt))]))
        empty = cst.List([])
    statement: cst.BaseStatement = cst.SimpleStatementLine([body])
    tests = [renamed(cond.test) for cond in loop.ifs]
    if tests:
        # `if a if b` is `if a and b`: each test runs only if the ones before held.
        guard = tests[0] if len(tests) == 1 else _parenthesized(tests[0])
        for test in tests[1:]:
            guard = cst.BooleanOperation(guard, cst.And(), _parenthesized(test))
        statement = cst.If(test=guard, body=cst.IndentedBlock([statement]))
    start = cst.Assign([cst.AssignTarget(cst.Name(items))], empty)
    for_loop = cst.For(
        target=_rename_bound(loop.target, fresh),
        iter=loop.iter,
        body=cst.IndentedBlock([statement]),
    )
    result: cst.BaseExpression = cst.Name(items)
    if isinstance(comp, cst.SetComp):
        result = cst.Set([cst.StarredElement(result)])  # {*items}: the same inserts, in order
    return [start, for_loop], result


def _parenthesized(expr: cst.BaseExpression) -> cst.BaseExpression:
    """``expr`` as an operand of ``and``: in parentheses if it binds more loosely."""
    loose = cst.BooleanOperation | cst.IfExp | cst.Lambda | cst.NamedExpr
    if expr.lpar or not isinstance(expr, loose):
        return expr
    return expr.with_changes(lpar=[cst.LeftParen()], rpar=[cst.RightParen()])


def _rename_bound(target: cst.BaseExpression, fresh: dict[str, str]) -> Any:
    if isinstance(target, cst.Name):
        return target.with_changes(value=fresh.get(target.value, target.value))
    if isinstance(target, cst.Tuple):
        return target.with_changes(
            elements=[
                el.with_changes(value=_rename_bound(el.value, fresh)) for el in target.elements
            ]
        )
    return target


def _header(code: str) -> str:
    """The first line of a compound statement, for reports: ``if x > 1: ...``."""
    first = code.splitlines()[0] if code else ""
    return first + (" ..." if "\n" in code else "")


def _is_docstring(small: cst.BaseSmallStatement) -> bool:
    return isinstance(small, cst.Expr) and isinstance(
        small.value, cst.SimpleString | cst.ConcatenatedString
    )


def _reads(small: cst.BaseSmallStatement) -> list[str]:
    """Names the statement reads (its targets' objects too, not the names it binds)."""
    pieces: list[cst.CSTNode] = []
    for piece in _evaluation_pieces(small):
        if isinstance(small, cst.Assign | cst.AnnAssign) and piece is not small.value:
            pieces += [t for t in walk(piece) if isinstance(t, cst.Attribute | cst.Subscript)]
        else:
            pieces.append(piece)
    return [n.value for p in pieces for n in variables(p)]


def _binds(small: cst.BaseSmallStatement) -> list[str]:
    if isinstance(small, cst.Assign):
        return [n for t in small.targets for n in bound_by_target(t.target)]
    if isinstance(small, cst.AnnAssign) and small.value is not None:
        return bound_by_target(small.target)
    if isinstance(small, cst.Import | cst.ImportFrom):
        return bound_names(small)
    return []


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


def _split(
    src: FunctionSource,
    small: cst.BaseSmallStatement,
    infos: CallTable,
    namer: Namer,
    in_place: bool = False,
    declared: Collection[str] = (),
) -> tuple[Sequence[cst.BaseSmallStatement], bool]:
    """The statements a small statement becomes, and whether it awaits its calls in place."""
    pieces = _evaluation_pieces(small)
    order = _PostOrder()
    for piece in pieces:
        order.add(piece)
    kind = {c: infos.info(c).kind for c in order.calls}
    awaited = [i for i, c in enumerate(order.calls) if kind[c] is CallKind.AWAITABLE]
    if not awaited:
        return [small], False
    conditional = False
    for i in awaited:
        for outer in order.enclosing[order.calls[i]]:
            if type(outer) in _REFUSED_AROUND_CALLS:
                what, hint = _REFUSED_AROUND_CALLS[type(outer)]
                raise src.error(
                    order.calls[i], f"{what} is not supported.", construct=what, hint=hint
                )
            if type(outer) in _CONDITIONAL:
                conditional = True
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

    out: list[cst.BaseSmallStatement] = []

    def emit(prefix: str, call: cst.Call) -> str:
        name = namer.fresh(prefix)
        out.append(cst.Assign(targets=[cst.AssignTarget(cst.Name(name))], value=call))
        return name

    transformer = _Lift(lift, emit, infos)
    lifted = small.visit(transformer)
    assert isinstance(lifted, cst.BaseSmallStatement)
    new_small: cst.BaseSmallStatement = lifted
    # What is left once calls are lifted out is short: put it back on one line if it fits.
    if lift:
        flat = flattened(new_small, infos.rebuilt)
        if len(cst.Module([]).code_for_node(flat)) <= WIDTH - 8:
            new_small = flat
    out.append(new_small)
    return out, False
