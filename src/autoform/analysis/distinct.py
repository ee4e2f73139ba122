"""Loops whose items change only their own objects: they fan out when the run shows the
items are distinct objects (`FanOut.distinct`).

Needs: a loop `loops` keeps in order because its body calls a helper with effects, the
context, and a way to judge the loop again with some calls taken as free of effects.
Produces: the loop's `FanOut`, marked ``distinct``, or why it stays in order (`InOrder`).

``for p in self.panelists: out[p.name] = p.ask(q)``, where ``ask`` changes only its own
object (`HelperSummary.changes_self`) and reads of it only what no other object's method
changes (`HelperSummary.reads_own`), and reads no module state: item k's call can see item
j's only if the two are one object (``[a, a]``), which only the run can tell. The items
run together when they are distinct (`runtime.distinct`, as the loop starts); else one
after another, as written. Besides those calls, the body reads nothing that may reach an
item's object: its own names, names of immutable values, the item's attributes of
immutable values (``p.name``, set once by ``__init__``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

import libcst as cst

from ..syntax.walk import walk
from .calls import CallKind, dotted_name, name_types
from .classes import IMMUTABLE_TYPES
from .context import CompileContext
from .loops import FanOut, InOrder, Why, _held, as_collect
from .names import bound_names, variables
from .output import output_call

__all__ = ["judge_distinct", "split_distinct"]


def judge_distinct(
    ctx: CompileContext,
    loop: cst.For,
    held: InOrder,
    again: Callable[[frozenset[cst.Call]], FanOut | InOrder],
) -> FanOut | InOrder:
    """``held``: why the loop is kept in order now (`Why.HELPER_EFFECTS`); ``again``: the
    loop judged with the given calls taken as free of effects."""
    if held.why is not Why.HELPER_EFFECTS:
        return held
    own = _own_calls(ctx, loop)
    if own is None:
        return held
    if isinstance(own, InOrder):
        return own
    assert isinstance(loop.body, cst.IndentedBlock)
    reach = _reaching(ctx, loop.target.value, loop.body.body, own)  # type: ignore[attr-defined]
    if reach is not None:
        return _held(ctx.src, Why.REACHES_ITEMS, *reach)
    judged = again(own)
    return replace(judged, distinct=True) if isinstance(judged, FanOut) else judged


def split_distinct(
    ctx: CompileContext, loop: cst.For, again: Callable[[frozenset[cst.Call]], FanOut | None]
) -> FanOut | None:
    """A loop whose items' calls may run together and the rest of each item in order
    (`FanOut.rest`), once its items' calls changing their own objects are taken as free of
    effects: ``again`` judges it so; None if it may not be."""
    own = _own_calls(ctx, loop)
    if own is None or isinstance(own, InOrder):
        return None
    assert isinstance(loop.body, cst.IndentedBlock)
    if _reaching(ctx, loop.target.value, loop.body.body, own) is not None:  # type: ignore[attr-defined]
        return None  # (the rest runs beside later items: it may read nothing of theirs either)
    split = again(own)
    return replace(split, distinct=True) if split is not None else None


def _own_calls(ctx: CompileContext, loop: cst.For) -> frozenset[cst.Call] | InOrder | None:
    """The calls of the loop's body changing the item's own object (``p.ask(q)``), when
    every call of a helper with effects is one; why not, when one reads more than its
    object; None when a helper changes more, or no call changes the item."""
    if not isinstance(loop.target, cst.Name) or not isinstance(loop.body, cst.IndentedBlock):
        return None
    me = loop.target.value
    own: set[cst.Call] = set()
    for node in walk(loop.body):
        if not isinstance(node, cst.Call):
            continue
        helper = ctx.calls.info(node).helper
        if helper is None or not helper.effects:
            continue
        func = node.func
        if not (
            helper.changes_self
            and isinstance(func, cst.Attribute)
            and isinstance(func.value, cst.Name)
            and func.value.value == me
        ):
            return None  # a helper changing more than the item's object
        if not helper.reads_own or helper.reads_state or helper.is_async:
            return _held(ctx.src, Why.READS_MORE, node, func.attr.value)
        own.add(node)
    return frozenset(own) if own else None


def _reaching(
    ctx: CompileContext, me: str, body: Sequence[cst.BaseStatement], own: frozenset[cst.Call]
) -> tuple[cst.CSTNode, str] | None:
    """The first part of the loop's body that reads what may reach an item's object (a
    name, or ``x.attr``), and what; None if none: it reads the item only through its own
    calls and its attributes of immutable values, and otherwise names it binds itself,
    names of immutable values and functions autoform knows."""
    local = {n for s in body for n in bound_names(s)}
    if me in local:
        return body[0], me  # (`p = other`: its calls would be another object's)
    name_type, _ = name_types(ctx.src, ctx.calls, ctx.resolver, ctx.local)
    containers = {c.container for s in body if (c := as_collect(s)) is not None}
    # `x.attr` of an immutable value, and the callee of a call autoform knows: fine.
    fine: set[int] = set()
    for node in (n for s in body for n in walk(s)):
        if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name):
            dotted = f"{node.value.value}.{node.attr.value}"
            if name_type(dotted) in IMMUTABLE_TYPES:
                fine.add(id(node.value))
        elif isinstance(node, cst.Call):
            head = node.func
            while isinstance(head, cst.Attribute):
                head = head.value
            info = ctx.calls.info(node)
            if node in own:
                fine.add(id(head))  # the item, receiving its own call
            elif output_call(node, ctx.calls) and isinstance(head, cst.Name) and head.value != me:
                fine.add(id(head))  # `print(...)`, `log.info(...)`: written in turn
            elif info.kind is CallKind.UNKNOWN or not isinstance(head, cst.Name):
                continue
            elif info.reads_state:
                return node, dotted_name(node.func) or head.value  # module state: other items?
            elif head.value != me:
                fine.add(id(head))  # `len(x)`, `af.format(...)`: its arguments judged
            elif info.helper is not None and info.helper.reads_own and node.func.value is head:  # type: ignore[attr-defined]
                fine.add(id(head))  # `p.describe()`, reading only what is the item's own
    for stmt in body:
        collect = as_collect(stmt)
        for n in variables(stmt):
            name = n.value
            if id(n) in fine or (name in local and name != me):
                continue
            if collect is not None and name in containers and _collected(stmt, n):
                continue  # the container it collects into (`loops` judges its reads)
            if name != me and name_type(name) in IMMUTABLE_TYPES:
                continue
            return stmt, name
    return None


def _collected(stmt: cst.BaseStatement, name: cst.Name) -> bool:
    """Is ``name`` the container of the collection ``stmt`` is (``out`` of ``out[k] = v``,
    ``out.append(v)``)?"""
    assert isinstance(stmt, cst.SimpleStatementLine)
    small = stmt.body[0]
    if isinstance(small, cst.Assign):
        target = small.targets[0].target
        return isinstance(target, cst.Subscript) and target.value is name
    if isinstance(small, cst.Expr) and isinstance(small.value, cst.Call):
        func = small.value.func
        return isinstance(func, cst.Attribute) and func.value is name
    return False
