"""Loops whose items change only their own objects: they fan out when the run shows the
items are distinct objects (`FanOut.distinct`).

Needs: the context and a loop `loops` keeps in order because its body calls a helper with
effects. Produces: `OwnChanges`: the calls changing the items' own objects, which `loops`
then takes as free of effects, judging the loop again (its `FanOut` is then marked
``distinct``), or what keeps it in order (`Why.READS_MORE`, `Why.REACHES_ITEMS`).

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

from collections.abc import Sequence
from dataclasses import dataclass

import libcst as cst

from ..syntax.walk import walk
from .calls import CallKind, name_types
from .classes import IMMUTABLE_TYPES
from .context import CompileContext
from .names import bound_names, variables
from .output import output_call

__all__ = ["OwnChanges", "own_changes"]


@dataclass(frozen=True)
class OwnChanges:
    """What a loop's body does to its items' objects: ``calls``, each changing its item's
    own object (``p.ask(q)``); ``more``, a call of a method that reads more than its object
    (module state, an object an attribute holds), and the method's name; ``reaching``, the
    first part of the body reading what may reach another item's object, and what."""

    calls: frozenset[cst.Call]
    more: tuple[cst.Call, str] | None = None
    reaching: tuple[cst.CSTNode, str] | None = None


def own_changes(ctx: CompileContext, loop: cst.For) -> OwnChanges | None:
    """None when no call of the body changes its item's object, or a call of a helper
    changes more than that."""
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
            return OwnChanges(frozenset(), more=(node, func.attr.value))
        own.add(node)
    if not own:
        return None
    calls = frozenset(own)
    return OwnChanges(calls, reaching=_reaching(ctx, me, loop.body.body, calls))


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
            elif info.kind is CallKind.UNKNOWN:
                continue  # (`loops` judges it: only output, or a str's method, is fine there)
            elif info.reads_state:
                # module state, which may hold the other items (`peek()` of `registry[0]`)
                return node, cst.Module([]).code_for_node(node.func) + "()"
            elif not isinstance(head, cst.Name):
                continue
            elif head.value != me:
                fine.add(id(head))  # `len(x)`, `af.format(...)`: its arguments judged
            elif info.helper is not None and info.helper.reads_own and node.func.value is head:  # type: ignore[attr-defined]
                fine.add(id(head))  # `p.describe()`, reading only what is the item's own
    for stmt in body:
        for n in variables(stmt):
            name = n.value
            if id(n) in fine or (name in local and name != me):
                continue
            if name != me and _collected(stmt, n):
                continue  # the container it collects into (`loops` judges which it is)
            if name != me and name_type(name) in IMMUTABLE_TYPES:
                continue
            return stmt, name
    return None


def _collected(stmt: cst.BaseStatement, name: cst.Name) -> bool:
    """Is ``name`` the container of the collection ``stmt`` is (``out`` of ``out[k] = v``,
    ``out.append(v)``, ``out.extend(vs)``)?"""
    if not isinstance(stmt, cst.SimpleStatementLine) or len(stmt.body) != 1:
        return False
    small = stmt.body[0]
    if isinstance(small, cst.Assign) and len(small.targets) == 1:
        target = small.targets[0].target
        return isinstance(target, cst.Subscript) and target.value is name
    if isinstance(small, cst.Expr) and isinstance(small.value, cst.Call):
        func = small.value.func
        return (
            isinstance(func, cst.Attribute)
            and func.value is name
            and func.attr.value in ("append", "extend")
        )
    return False
