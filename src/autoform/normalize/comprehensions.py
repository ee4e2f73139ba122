"""A comprehension making LM calls as the loop it stands for, so that it can fan out like
one (`analysis.loops` decides); a generator expression consumed whole as the list made first."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

import libcst as cst

from ..analysis import knowledge
from ..analysis.calls import CallInfo, CallKind, CallTable, reads_caller
from ..analysis.names import bound_by_target, rename, variables
from ..analysis.output import writes_log
from ..source import FunctionSource
from ..syntax.naming import Namer
from ..syntax.walk import children, walk
from .awaits import Tracked
from .lift import LISTING, evaluation_pieces
from .order import earlier_is_safe, runs_lazily

__all__ = ["comprehension_as_loop", "is_async_generator", "materialized"]

N = TypeVar("N", bound=cst.CSTNode)


# What gives an expression's type, when certain (`valuetypes.expr_type` for this function).
TypeOf = Callable[[cst.BaseExpression], str | None]


def comprehension_as_loop(
    small: cst.BaseSmallStatement,
    calls: CallTable,
    src: FunctionSource,
    namer: Namer,
    known: Callable[[str], bool],
) -> tuple[list[cst.CSTNode], cst.BaseSmallStatement, str] | None:
    """A comprehension making LM calls as the loop it stands for, so that it can fan out
    like one (`analysis.loops` decides): (the loop's statements, the statement left, the
    name of the frame its items ran in as written: `frame_of`)::

        xs = [E for t in ts if c]    ->  xs_items = []
                                         for t in ts:
                                             if c:
                                                 xs_items.append(E)
                                         xs = xs_items

    ``{k: E for ...}`` collects with ``d[k] = E`` (k a name or a literal), ``{E for ...}``
    into a list then ``{*items}``. The comprehension is the statement's whole value, or
    stands anywhere Python evaluates it on every path through the statement after nothing
    that could fail or be seen (``tally = Counter([vote(c, j) for j in JUDGES])``): the
    loop runs first, and the statement left takes its result. Only one ``for``; its names
    are fresh ones (a comprehension's names are its own).
    """
    value = getattr(small, "value", None)
    base = "results"
    if isinstance(small, cst.Assign) and len(small.targets) == 1:
        target = small.targets[0].target
        if isinstance(target, cst.Name):
            base = target.value
    for comp, path, earlier in _candidates(small):
        if comp is value and isinstance(small, cst.Expr):
            return None  # a value nobody takes: the comprehension as written
        if comp is not value and not earlier_is_safe(
            comp,  # type: ignore[arg-type]  # any node: what is evaluated before it
            path,
            earlier,
            lambda c: False,
            known,
            calls,
        ):
            continue
        if any(n.value == base for n in variables(comp)):
            return None  # `x = [f(t) for t in x]` reads the old x, which the loop would not
        made = _as_loop(comp, base, calls, namer)
        if made is None:
            continue
        nodes, result = made
        rest = small.visit(_Replace(comp, result, calls))
        assert isinstance(rest, cst.BaseSmallStatement)
        return nodes, rest, frame_of(src.written_as(comp))
    return None


def frame_of(comp: cst.CSTNode) -> str:
    """The name of the frame a comprehension's items run in: a generator expression's own;
    a list, set or dict comprehension's own before Python 3.12, which runs them in the
    function's frame (PEP 709): "" then."""
    if isinstance(comp, cst.GeneratorExp):
        return "<genexpr>"
    if sys.version_info >= (3, 12):
        return ""
    kinds = {cst.ListComp: "<listcomp>", cst.SetComp: "<setcomp>", cst.DictComp: "<dictcomp>"}
    return kinds.get(type(comp), "")


_COMPREHENSIONS = (cst.ListComp, cst.SetComp, cst.DictComp)
# Where what is inside runs only on some paths, later, or in a scope of its own.
_DEFERRED = (
    cst.Lambda,
    cst.GeneratorExp,
    cst.ListComp,
    cst.SetComp,
    cst.DictComp,
    cst.BooleanOperation,
    cst.IfExp,
)


def _candidates(
    small: cst.BaseSmallStatement,
) -> list[tuple[cst.ListComp | cst.SetComp | cst.DictComp, list[cst.CSTNode], list[Any]]]:
    """The comprehensions of ``small`` Python evaluates on every path through it, in the
    order it does: (each, its ancestors in its piece outermost first, the pieces before)."""
    pieces = evaluation_pieces(small)
    out: list[tuple[Any, list[cst.CSTNode], list[Any]]] = []

    def visit(node: cst.CSTNode, path: list[cst.CSTNode], k: int) -> None:
        if isinstance(node, _COMPREHENSIONS):
            if not runs_lazily(node, path, small):  # type: ignore[arg-type]
                out.append((node, list(path), pieces[:k]))
            return
        if isinstance(node, _DEFERRED):
            return
        path.append(node)
        for child in children(node):
            visit(child, path, k)
        path.pop()

    for k, piece in enumerate(pieces):
        visit(piece, [], k)
    return out


class _Replace(Tracked):
    """``small`` with one node replaced by an expression (the comprehension by its items)."""

    def __init__(self, old: cst.CSTNode, new: cst.BaseExpression, calls: CallTable) -> None:
        super().__init__(calls)
        self.old, self.new = old, new

    def on_leave(self, original_node: Any, updated_node: Any) -> Any:
        if original_node is self.old:
            return self.new
        return super().on_leave(original_node, updated_node)


def is_async_generator(node: cst.CSTNode) -> bool:
    if type(node) is not cst.GeneratorExp:
        return False
    return any(
        isinstance(n, cst.Await) or (isinstance(n, cst.CompFor) and n.asynchronous is not None)
        for n in walk(node)
    )


class _Materialize(Tracked):
    """``Counter(vote(c, j) for j in JUDGES)`` -> ``Counter([vote(c, j) for j in JUDGES])``
    where the items make LM calls and the callee takes every item before it returns, doing
    nothing between two items that could run the user's code or fail (`knowledge.CONSUMERS`):
    the same values, in the same order, the same calls, and a list can be fanned out."""

    def __init__(
        self,
        calls: CallTable,
        type_of: TypeOf,
        known: Callable[[str], bool],
        runtime: str | None = None,
        listing: str | None = None,
    ) -> None:
        super().__init__(calls)
        self.type_of, self.known = type_of, known
        self.runtime = runtime
        self.listing = listing  # (the runtime's alias, for a generator seeing its frame)

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.Call:
        args = updated_node.args
        if (
            args
            and args[0].keyword is None
            and not args[0].star
            and isinstance(args[0].value, cst.GeneratorExp)
            and _makes_lm_calls(args[0].value, self.calls)
            and self._consumes_whole(original_node, args[0].value)
        ):
            gen = args[0].value
            made: cst.BaseExpression
            runtime = self.runtime
            if runtime is None and _sees_its_frame(gen, self.calls):
                runtime = self.listing  # (its items run in its own frame, as written)
            if runtime is not None:
                # In a body run one step after another: ``await _af.listed(<genexpr>)``, the
                # generator expression as written (its frame named so in a traceback), its
                # calls awaited in it.
                func = cst.Attribute(cst.Name(runtime), cst.Name("listed"))
                listing = cst.Call(func, [cst.Arg(gen)])
                self.calls[listing] = CallInfo(CallKind.UNKNOWN, LISTING)
                made = cst.Await(listing)
                if self.calls.src is not None:
                    # (awaited where the consumer stands: a failure in it is marked there)
                    self.calls.src.rebuilt(made, original_node)
            else:
                made = cst.ListComp(elt=gen.elt, for_in=gen.for_in)
                self.calls.rebuilt(made, gen)  # (its items ran in the generator's frame)
            return updated_node.with_changes(args=[args[0].with_changes(value=made), *args[1:]])
        return updated_node

    def _consumes_whole(self, call: cst.Call, gen: cst.GeneratorExp) -> bool:
        qualname = self.calls.info(call).qualname
        if knowledge.CONSUMERS.get(qualname or "") != "list":
            if len(call.args) != 1:
                return False  # `max(..., key=f)` runs f between items
        elif not all(_inert(a, self.known) for a in call.args[1:]):
            return False  # evaluated before the items, as written: after them, as a list
        if gen.for_in.inner_for_in is not None or _may_stop(gen.elt, self.calls):
            return False
        elt = gen.elt
        item = self.type_of(elt)
        key = None
        if isinstance(elt, cst.Tuple) and len(elt.elements) == 2:
            key = self.type_of(elt.elements[0].value)
        return knowledge.consumed_whole(qualname, item, key)


def _inert(arg: cst.Arg, known: Callable[[str], bool]) -> bool:
    """Does evaluating ``arg`` run nothing and never fail (a literal, a bound name, a
    lambda), so that it may be evaluated later than written?"""
    if arg.star:
        return False
    value = arg.value
    if isinstance(value, cst.Name):
        return known(value.value)
    return isinstance(value, cst.Lambda | cst.SimpleString | cst.Integer | cst.Float)


def _may_stop(node: cst.CSTNode, calls: CallTable) -> bool:
    """May a StopIteration come out of ``node``? A generator expression turns it into a
    RuntimeError (PEP 479); a list comprehension lets it through."""
    for n in walk(node):
        if not isinstance(n, cst.Call):
            continue
        info = calls.info(n)
        if info.stops or (info.helper is not None and info.helper.stops):
            return True
        if info.qualname == "builtins.next" or (
            isinstance(n.func, cst.Attribute) and n.func.attr.value == "__next__"
        ):
            return True
    return False


def _makes_lm_calls(node: cst.CSTNode, calls: CallTable) -> bool:
    return any(
        isinstance(n, cst.Call) and calls.info(n).kind is CallKind.AWAITABLE for n in walk(node)
    )


def _sees_its_frame(node: cst.CSTNode, calls: CallTable) -> bool:
    """Does ``node`` make a call that reads the frame calling it, the comprehension's own as
    written: a log record's (its function's name), a caller's frame read (`reads_caller`),
    a helper doing so or printing its stack (`HelperSummary.in_place`)? Or make a lambda,
    named after that frame (``main.<locals>.<genexpr>.<lambda>``)?"""
    for n in walk(node):
        if isinstance(n, cst.Lambda):
            return True
        if not isinstance(n, cst.Call):
            continue
        info = calls.info(n)
        if (
            writes_log(n, calls)
            or reads_caller(n, info)
            or info.in_place
            or (info.helper and info.helper.in_place)
        ):
            return True
    return False


def materialized(
    small: N,
    calls: CallTable,
    type_of: TypeOf,
    known: Callable[[str], bool],
    runtime: str | None = None,
    listing: str | None = None,
) -> N:
    """``small`` with each generator expression making LM calls that a whole-consuming
    callable takes as the list made first, when that is the program (`_Materialize`).
    ``runtime``: in a body run one step after another, the list is made of the generator
    expression itself (``await _af.listed(...)``), not a list comprehension."""
    if not any(type(n) is cst.GeneratorExp for n in walk(small)):
        return small
    out = small.visit(_Materialize(calls, type_of, known, runtime, listing))
    return out  # type: ignore[return-value]


def _as_loop(
    comp: cst.ListComp | cst.SetComp | cst.DictComp,
    base: str,
    calls: CallTable,
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
    if any(_sees_its_frame(n, calls) for n in (*elements, *(c.test for c in loop.ifs))):
        return None  # (its items run in its own frame, as written)
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
