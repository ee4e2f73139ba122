"""A comprehension making LM calls as the loop it stands for, so that it can fan out like
one (`analysis.loops` decides); a generator expression consumed whole as the list made first."""

from __future__ import annotations

from typing import Any, TypeVar

import libcst as cst

from ..analysis.calls import CallKind, CallTable
from ..analysis.names import bound_by_target, rename, variables
from ..source import FunctionSource
from ..syntax.naming import Namer
from ..syntax.walk import walk
from .awaits import Tracked

__all__ = ["comprehension_as_loop", "is_async_generator", "materialized"]

N = TypeVar("N", bound=cst.CSTNode)


# Calls that take every item of an iterable before doing anything else with them: a
# generator expression they consume can be a list made first.
_CONSUMERS = frozenset(
    ["builtins.list", "builtins.tuple", "builtins.set", "builtins.frozenset", "builtins.sorted"]
)


def comprehension_as_loop(
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
    first. The statement must be ``name = <comprehension>``, ``return <comprehension>``, or
    an assignment, ``return`` or expression whose whole value is the consuming call. Only one
    ``for``; the loop's names must be used nowhere else in the function (a comprehension's
    names are its own).
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
        if isinstance(small, cst.Expr):
            return None  # a value nobody takes: the comprehension as written

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


def is_async_generator(node: cst.CSTNode) -> bool:
    if type(node) is not cst.GeneratorExp:
        return False
    return any(
        isinstance(n, cst.Await) or (isinstance(n, cst.CompFor) and n.asynchronous is not None)
        for n in walk(node)
    )


class _Materialize(Tracked):
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


def materialized(small: N, calls: CallTable) -> N:
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
    # Each such loop gets names of its own (`d`, then `d_1`, ...), as each comprehension had:
    # a name the function uses too (an earlier loop's `for idea in ...`) is never rebound.
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
