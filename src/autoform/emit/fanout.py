"""A loop whose items run together (`analysis.loops`): a coroutine per item, and the loop's
collection applied to each item's result in item order, as `runtime.fan_out` takes them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import libcst as cst

from ..analysis.calls import CallKind, CallTable
from ..analysis.loops import FanOut, as_collect, own_continues
from ..analysis.names import rename
from ..syntax.layout import EQUAL, awaited, line, template_expression, template_statement
from ..syntax.walk import walk
from .ranking import Around
from .tasks import waits_for_turns

if TYPE_CHECKING:
    from .body import Emitter

__all__ = ["fan_out", "own_turn"]


def fan_out(e: Emitter, loop: cst.CSTNode, fan: FanOut, i: int) -> None:
    """``for x in xs: <body>; out.append(v)`` becomes a coroutine per item, run together,
    each result collected in item order (any other collection: a local ``_collect_x``)::

        async def _each_x(x):
            <body>
            return v
        await _af.fan_out(_each_x, xs, out.append)
    """
    assert isinstance(loop, cst.For)
    if fan.unless is not None:
        _decided(e, loop, fan, i)
        return
    if fan.inner is not None:
        _nested(e, loop, fan, i)
        return
    if fan.rest or fan.lead is not None:
        _with_rest(e, loop, fan, i)
        return
    renamed = rename(loop, e.steps[i].load_names, e.calls.rebuilt)
    assert isinstance(renamed, cst.For)
    # The collection's values come from the renamed loop body, in order.
    assert isinstance(renamed.body, cst.IndentedBlock)
    body_nodes: list[cst.BaseStatement] = list(renamed.body.body)
    n_body = len(fan.body)
    tail = body_nodes[n_body:]
    guard = None
    if fan.guard is not None:
        guarded = tail[0]
        assert isinstance(guarded, cst.If) and isinstance(guarded.body, cst.IndentedBlock)
        guard, tail = guarded.test, list(guarded.body.body)
    collects = [c for c in map(as_collect, tail) if c is not None]
    # Every statement after the item's body collects: one that did not would be lost.
    assert len(collects) == len(tail), "a fanned-out loop's tail holds a statement not collecting"
    values = [part for c in collects for part in ([c.key] if c.key is not None else []) + [c.value]]
    returned = values[0] if len(values) == 1 else cst.Tuple([cst.Element(v) for v in values])
    item_end: list[cst.BaseStatement] = [cst.SimpleStatementLine([cst.Return(returned)])]
    skip = cst.Attribute(cst.Name(e.runtime), cst.Name("SKIP"))
    if guard is not None:
        # An item whose test fails collects nothing: it says so with a marker.
        item_end = [
            cst.If(test=guard, body=cst.IndentedBlock(item_end)),
            cst.SimpleStatementLine([cst.Return(skip)]),
        ]
    name = e.namer.prefer("_each_" + "_".join(fan.targets))
    if e.steps[i].step.frame:  # (a comprehension's items: named as its frame, `load`)
        e.origins.frames[name] = e.steps[i].step.frame
    # The items run beside one another: their calls keep their ranks, over the loop's.
    per_item = body_nodes[:n_body]
    item_body = e.compiled([*per_item, *item_end], e.entry_of(i, fan.targets), Around(beside=True))
    params = [cst.Param(cst.Name(t)) for t in fan.targets]
    note = (
        f"# the loop at line {e.steps[i].origin.line}: its items run together, "
        "and their results are collected in order"
    )
    item_def = cst.FunctionDef(
        name=cst.Name(name),
        params=cst.Parameters(params=params),
        body=cst.IndentedBlock(body=item_body),
        asynchronous=cst.Asynchronous(),
        leading_lines=[
            *e.steps[i].leading_lines,
            cst.EmptyLine(comment=cst.Comment(note)),
        ],
    )
    e.commented.add(i)
    e.put(e.made_def(item_def), i)
    runtime = cst.Name(e.runtime)
    iterable = e.header(renamed.iter, e.rank(i))
    flags = ""
    if isinstance(renamed.target, cst.Tuple | cst.List):
        flags += ", unpack=True"  # `for i, doc in enumerate(docs)`: item(i, doc)
    if fan.ordered or fan.distinct or waits_for_turns(e.runtime, item_body):
        # each item's output (a call whose arguments may run someone's code), or change of
        # its own object (`own_turn`), in its turn
        flags += ", ordered=True"
    flags += _distinct_flag(fan)
    if len(collects) == 1 and collects[0].key is None:
        # `out.append(v)`, `out.extend(vs)`: the list's own method collects.
        collect: cst.BaseExpression = cst.Attribute(
            cst.Name(collects[0].container), cst.Name(collects[0].method)
        )
    else:
        # One function taking an item's values in the order the body collects them.
        names = [cst.Name(e.namer.fresh("_r")) for _ in values]
        it = iter(names)
        ops: list[cst.BaseStatement] = []
        for c in collects:
            out = cst.Name(c.container)
            if c.key is None:
                ops.append(template_statement("{out}." + c.method + "({v})", out=out, v=next(it)))
            else:
                key = next(it)
                ops.append(template_statement("{out}[{k}] = {v}", out=out, k=key, v=next(it)))
        collect = cst.Name(e.namer.prefer("_collect_" + "_".join(fan.targets)))
        collector = cst.FunctionDef(
            name=collect,
            params=cst.Parameters(params=[cst.Param(n) for n in names]),
            body=cst.IndentedBlock(body=ops),
        )
        e.put(collector, i)
        if len(names) > 1:
            flags += ", spread=True"  # the item returns them as a tuple: collect(*r)
    applied = _with_reads(
        e,
        i,
        fan,
        template_expression(
            "{runtime}.fan_out({item}, {iterable}, {collect}" + flags + ")",
            runtime=runtime,
            item=cst.Name(name),
            iterable=iterable,
            collect=collect,
        ),
    )
    apply = line(cst.Expr(awaited(e.ranked(i, applied))))
    e.body.append(apply)
    e.origins.statements[apply] = e.steps[i].origin


def _with_reads(e: Emitter, i: int, fan: FanOut, call: cst.BaseExpression) -> cst.BaseExpression:
    """``call`` given ``reads=lambda: (index,)``: what the items read items of, checked as
    the loop starts to hold no container whose item read inserts (`FanOut.reads`). (Read
    then, not before: a name the loop never reaches may still be unbound.)"""
    if not fan.reads or not isinstance(call, cst.Call):
        return call
    names = [cst.Name(e.steps[i].load_names.get(n, n)) for n in fan.reads]
    one = cst.Comma() if len(names) == 1 else cst.MaybeSentinel.DEFAULT  # (`(index,)`)
    held = cst.Tuple([cst.Element(n, comma=one) for n in names])
    reads = cst.Lambda(cst.Parameters(), held)
    arg = cst.Arg(reads, keyword=cst.Name("reads"), equal=EQUAL)
    return call.with_changes(args=[*call.args, arg])


def _distinct_flag(fan: FanOut) -> str:
    """The items change their own objects (`FanOut.distinct`): together only if they are
    distinct objects, which `runtime.fan_out` checks as the loop starts."""
    return ", distinct=True" if fan.distinct else ""


def own_turn(e: Emitter, i: int) -> None:
    """Before a method's statement with effects (a change of its own object, when a loop's
    item calls it: `FanOut.distinct`): ``await _af.in_turn.acall()``, which waits, in an
    item run ahead of its place, until the items before it are done (an item after one that
    fails changes nothing), and outside one passes at once."""
    step = e.steps[i]
    if not step.effect or step.output:
        return
    if not (e.ctx.src.owner or getattr(e.ctx.resolver, "owner", "")):  # (not a method)
        return
    if not any(_changes(n, e.calls) for n in walk(step.node)):
        return  # (a call of a helper with effects: its own statements wait, if they must)
    wait = template_expression("{runtime}.in_turn.acall()", runtime=cst.Name(e.runtime))
    e.body.append(line(cst.Expr(awaited(wait))))


def _changes(n: cst.CSTNode, calls: CallTable) -> bool:
    """Does ``n`` change an object itself: a store into an attribute or an item, ``del``,
    a call of what is not a helper or primitive (``self.history.append(x)``)?"""
    if isinstance(n, cst.AssignTarget | cst.AugAssign | cst.AnnAssign):
        return not isinstance(n.target, cst.Name)
    if isinstance(n, cst.Call):
        return calls.info(n).kind is CallKind.UNKNOWN
    return isinstance(n, cst.Del)


def _decided(e: Emitter, loop: cst.For, fan: FanOut, i: int) -> None:
    """A loop whose body reads what it collects only under a test it does not change
    (`FanOut.unless`), decided as it starts::

        if recursive:
            for doc in docs: ...            # in order, as written
        else:
            <the items together, as `fan_out` makes them, from the body as it runs when
             the test is false: `if recursive and acc: ...` is its `else`, or nothing>

    The items' body is compiled first (`explain` tells the two apart so).
    """
    assert fan.unless is not None
    outer, e.body = e.body, []
    untaken, body = _when_false(loop, fan)
    try:
        fan_out(e, untaken, replace(fan, unless=None, body=body), i)
        together = e.body
    finally:
        e.body = outer
    beside = e.around.beside or i in e.ranks.overlapping
    in_order = e.block(loop, e.entry_of(i), Around(beside, e.rank(i)))
    test = rename(fan.unless, e.steps[i].load_names, e.calls.rebuilt)
    assert isinstance(test, cst.BaseExpression)
    e.put(
        cst.If(
            test=test,
            body=cst.IndentedBlock([in_order]),
            orelse=cst.Else(cst.IndentedBlock(together)),
        ),
        i,
    )


def _when_false(loop: cst.For, fan: FanOut) -> tuple[cst.For, tuple[cst.BaseStatement, ...]]:
    """``loop`` as it runs when its test ``fan.unless`` (a name, whose truth runs no one's
    code: `analysis.loops`) is false, and its per-item statements: each ``if <test> and
    ...:`` of the body is its ``else``'s statements, or nothing. (The statements kept are
    the user's own nodes: what the analyses know of them still holds.)"""
    assert isinstance(fan.unless, cst.Name) and isinstance(loop.body, cst.IndentedBlock)
    name = fan.unless.value
    body: list[cst.BaseStatement] = []
    for stmt in fan.body:
        first = stmt.test if isinstance(stmt, cst.If) else None
        while isinstance(first, cst.BooleanOperation) and isinstance(first.operator, cst.And):
            first = first.left
        if isinstance(stmt, cst.If) and isinstance(first, cst.Name) and first.value == name:
            orelse = stmt.orelse
            if isinstance(orelse, cst.If):
                body.append(orelse)  # an `elif`: an `if` of its own
            elif isinstance(orelse, cst.Else):
                body += _statements(orelse.body)
            continue
        body.append(stmt)
    tail = list(loop.body.body)[len(fan.body) :]  # the collection, as written
    return loop.with_changes(body=loop.body.with_changes(body=[*body, *tail])), tuple(body)


def _statements(suite: cst.BaseSuite) -> list[cst.BaseStatement]:
    if isinstance(suite, cst.IndentedBlock):
        return list(suite.body)
    assert isinstance(suite, cst.SimpleStatementSuite)  # `else: p = doc`
    return [cst.SimpleStatementLine(body=list(suite.body))]


def _with_rest(e: Emitter, loop: cst.For, fan: FanOut, i: int) -> None:
    """A loop whose body ends with steps run in item order (`FanOut.rest`)::

    async def _each_x(x):
        <body up to its last LM call>
        return r
    async with _af.fanned(_each_x, xs) as _items:
        async for x, r in _items:
            <the rest, as written>
    """
    renamed = rename(loop, e.steps[i].load_names, e.calls.rebuilt)
    assert isinstance(renamed, cst.For) and isinstance(renamed.body, cst.IndentedBlock)
    per_item = list(renamed.body.body)[: len(fan.body)]
    skips = own_continues(per_item)
    if skips:
        # `continue` ends an item: it hands nothing on, and the rest does not run for it.
        skip = cst.Return(cst.Attribute(cst.Name(e.runtime), cst.Name("SKIP")))
        per_item = [s.visit(_Skips(skips, skip, e.calls)) for s in per_item]  # type: ignore[misc]
    handed = [rename(cst.Name(n), e.steps[i].load_names) for n in fan.carried]
    carried_names = list(fan.carried)
    rest: list[cst.BaseStatement] = list(fan.rest)
    if fan.lead is not None:
        # The items make the stored value; the rest stores it, first.
        made = list(renamed.body.body)[len(fan.body)]
        assert isinstance(made, cst.SimpleStatementLine) and isinstance(made.body[0], cst.Assign)
        value = e.namer.fresh("_v")
        handed.append(made.body[0].value)
        carried_names.append(value)
        store = fan.lead.with_changes(value=cst.Name(value))
        stored = cst.SimpleStatementLine([store])
        for made_node in (store, stored):
            e.calls.rebuilt(made_node, fan.lead)  # it stands where the user's store stands
        rest.insert(0, stored)
    values = [h for h in handed if isinstance(h, cst.BaseExpression)]
    returned = values[0] if len(values) == 1 else cst.Tuple([cst.Element(v) for v in values])
    item_end = [cst.SimpleStatementLine([cst.Return(returned if values else None)])]
    name = e.namer.prefer("_each_" + "_".join(fan.targets))
    if e.steps[i].step.frame:  # (a comprehension's items: named as its frame, `load`)
        e.origins.frames[name] = e.steps[i].step.frame
    item_body = e.compiled([*per_item, *item_end], e.entry_of(i, fan.targets), Around(beside=True))
    note = (
        f"# the loop at line {e.steps[i].origin.line}: its items' calls run together, "
        "and the rest of each item in order"
    )
    e.put(
        e.made_def(
            cst.FunctionDef(
                name=cst.Name(name),
                params=cst.Parameters(params=[cst.Param(cst.Name(t)) for t in fan.targets]),
                body=cst.IndentedBlock(body=item_body),
                asynchronous=cst.Asynchronous(),
                leading_lines=[
                    *e.steps[i].leading_lines,
                    cst.EmptyLine(comment=cst.Comment(note)),
                ],
            )
        ),
        i,
    )
    e.commented.add(i)
    flags = ""
    if isinstance(renamed.target, cst.Tuple | cst.List):
        flags += ", unpack=True"
    if fan.ordered or fan.distinct or waits_for_turns(e.runtime, item_body):
        flags += ", ordered=True"
    flags += _distinct_flag(fan)
    items = cst.Name(e.namer.prefer("_items"))
    fanned = _with_reads(
        e,
        i,
        fan,
        template_expression(
            "{runtime}.fanned({item}, {iterable}" + flags + ")",
            runtime=cst.Name(e.runtime),
            item=cst.Name(name),
            iterable=e.header(renamed.iter, e.rank(i)),
        ),
    )
    carried: cst.BaseExpression
    if not carried_names:
        carried = cst.Name(e.namer.prefer("_"))
    elif len(carried_names) == 1:
        carried = cst.Name(carried_names[0])
    else:
        carried = cst.Tuple([cst.Element(cst.Name(n)) for n in carried_names])
    item_target = loop.target
    if isinstance(item_target, cst.Tuple) and not item_target.lpar:
        item_target = item_target.with_changes(lpar=[cst.LeftParen()], rpar=[cst.RightParen()])
    target = cst.Tuple(
        [cst.Element(item_target), cst.Element(carried)],
        lpar=[],
        rpar=[],
    )
    # The rest runs as the loop as written would, each item's names bound first.
    in_order = loop.with_changes(
        target=target,
        iter=items,
        body=loop.body.with_changes(body=tuple(rest)),
        asynchronous=cst.Asynchronous(),
        leading_lines=[],
    )
    beside = e.around.beside or i in e.ranks.overlapping
    compiled = e.block(in_order, e.entry_of(i, (*fan.targets, *carried_names)), Around(beside, 0))
    statement = cst.With(
        items=[cst.WithItem(fanned, asname=cst.AsName(items))],
        body=cst.IndentedBlock([compiled]),
        asynchronous=cst.Asynchronous(),
    )
    e.put(statement, i)
    e.origins.statements[statement] = e.steps[i].origin


def _nested(e: Emitter, loop: cst.For, fan: FanOut, i: int) -> None:
    """A loop whose body ends in a loop that fans out too (`FanOut.inner`)::

    async def _each_x_y(x, <names the outer item bound>, y):
        <the inner body up to its last LM call>
        return r
    async def _each_x(x):
        <the outer body up to the inner loop>
        return <names it bound>, ys
    async with _af.fanned(_af.nest(_each_x, _each_x_y), xs) as _items:
        async for x, (<names>, _inner) in _items:
            async for y, r in _inner:
                <the rest of the inner body, as written>
            <the rest of the outer body, as written>

    Each item's output (an inner item's, in its turn within its outer item's) comes once
    the rests before it ran (`runtime.nest`)."""
    inner = fan.inner
    assert inner is not None and isinstance(loop.body, cst.IndentedBlock)
    renamed = rename(loop, e.steps[i].load_names, e.calls.rebuilt)
    assert isinstance(renamed, cst.For) and isinstance(renamed.body, cst.IndentedBlock)
    n_pre = len(fan.body) - 1
    pre = list(renamed.body.body)[:n_pre]
    inner_loop = list(renamed.body.body)[n_pre]
    assert isinstance(inner_loop, cst.For) and isinstance(inner_loop.body, cst.IndentedBlock)
    skip = cst.Return(cst.Attribute(cst.Name(e.runtime), cst.Name("SKIP")))
    # (`continue` ends an item, the outer one's or the inner one's: its rest does not run)
    made = _skipping(e, list(inner_loop.body.body)[: len(inner.body)], skip)
    pre = _skipping(e, pre, skip)
    # The inner item: its part, handing on the names it bound and the value it made.
    load = e.steps[i].load_names
    handed = _names(inner.carried, load)
    carried_names = list(inner.carried)
    original = list(loop.body.body)[n_pre]
    assert isinstance(original, cst.For) and isinstance(original.body, cst.IndentedBlock)
    stores: list[cst.BaseStatement] = []
    tail = list(inner_loop.body.body)[len(inner.body) :]
    written = list(original.body.body)[len(inner.body) :]
    if inner.lead is not None or inner.collects:
        value = e.namer.fresh("_v")
        store = _stored(e, written[0], value)
        made_stmt = tail[0]
        assert isinstance(made_stmt, cst.SimpleStatementLine)
        small = made_stmt.body[0]
        if isinstance(small, cst.Assign):
            handed.append(small.value)
        else:
            assert isinstance(small, cst.Expr) and isinstance(small.value, cst.Call)
            handed.append(small.value.args[0].value)
        carried_names.append(value)
        stores.append(store)
    item_end = [cst.SimpleStatementLine([cst.Return(_tuple(handed, one=True))])]
    inner_name = e.namer.prefer("_each_" + "_".join((*fan.targets, *inner.targets)))
    binds = (*fan.targets, *fan.carried, *inner.targets)
    inner_body = e.compiled([*made, *item_end], e.entry_of(i, binds), Around(beside=True))
    # The outer item: its part, handing on the names it bound and the inner iterable.
    outer_end = [
        cst.SimpleStatementLine(
            [cst.Return(_tuple([*_names(fan.carried, load), inner_loop.iter], one=False))]
        )
    ]
    outer_name = e.namer.prefer("_each_" + "_".join(fan.targets))
    outer_body = e.compiled([*pre, *outer_end], e.entry_of(i, fan.targets), Around(beside=True))
    note = (
        f"# the loop at line {e.steps[i].origin.line} and the loop in it: all their items' "
        "calls run together, and the rest of each item in order"
    )
    leading = [*e.steps[i].leading_lines, cst.EmptyLine(comment=cst.Comment(note))]
    for name, params, body in (
        (inner_name, binds, inner_body),
        (outer_name, tuple(fan.targets), outer_body),
    ):
        e.put(
            e.made_def(
                cst.FunctionDef(
                    name=cst.Name(name),
                    params=cst.Parameters(params=[cst.Param(cst.Name(t)) for t in params]),
                    body=cst.IndentedBlock(body=body),
                    asynchronous=cst.Asynchronous(),
                    leading_lines=leading,
                )
            ),
            i,
        )
        leading = []
    e.commented.add(i)
    nest_flags = ", unpack=True" if isinstance(inner_loop.target, cst.Tuple | cst.List) else ""
    flags = ", unpack=True" if isinstance(renamed.target, cst.Tuple | cst.List) else ""
    if inner.ordered or waits_for_turns(e.runtime, inner_body):
        # each inner item's output in its turn, within its outer item's
        nest_flags += ", ordered=True"
        flags += ", ordered=True"
    elif fan.ordered or waits_for_turns(e.runtime, outer_body):
        flags += ", ordered=True"
    items = cst.Name(e.namer.prefer("_items"))
    inner_items = cst.Name(e.namer.prefer("_inner"))
    fanned = _with_reads(
        e,
        i,
        fan,
        template_expression(
            "{runtime}.fanned({runtime}.nest({outer}, {inner}"
            + nest_flags
            + "), {iterable}"
            + flags
            + ")",
            runtime=cst.Name(e.runtime),
            outer=cst.Name(outer_name),
            inner=cst.Name(inner_name),
            iterable=e.header(renamed.iter, e.rank(i)),
        ),
    )
    # The rests run as the loops as written would, each item's names bound first.
    in_order_inner = original.with_changes(
        target=_pair(original.target, carried_names, e),
        iter=inner_items,
        body=original.body.with_changes(body=(*stores, *inner.rest)),
        asynchronous=cst.Asynchronous(),
    )
    outer_carried = [*fan.carried, inner_items.value]
    in_order = loop.with_changes(
        target=cst.Tuple(
            [
                cst.Element(_parenthesised(loop.target)),
                cst.Element(_tuple([cst.Name(n) for n in outer_carried], one=False)),
            ],
            lpar=[],
            rpar=[],
        ),
        iter=items,
        body=loop.body.with_changes(body=(in_order_inner, *fan.rest)),
        asynchronous=cst.Asynchronous(),
        leading_lines=[],
    )
    beside = e.around.beside or i in e.ranks.overlapping
    entry = e.entry_of(i, (*fan.targets, *fan.carried, inner_items.value))
    compiled = e.block(in_order, entry, Around(beside, 0))
    statement = cst.With(
        items=[cst.WithItem(fanned, asname=cst.AsName(items))],
        body=cst.IndentedBlock([compiled]),
        asynchronous=cst.Asynchronous(),
    )
    e.put(statement, i)
    e.origins.statements[statement] = e.steps[i].origin


def _names(names: Sequence[str], load: Mapping[str, str]) -> list[cst.BaseExpression]:
    return [h for n in names if isinstance(h := rename(cst.Name(n), load), cst.Name)]


def _skipping(
    e: Emitter, statements: list[cst.BaseStatement], skip: cst.Return
) -> list[cst.BaseStatement]:
    """``statements`` with their loop's own ``continue`` ending the item instead."""
    skips = own_continues(statements)
    if not skips:
        return statements
    return [s.visit(_Skips(skips, skip, e.calls)) for s in statements]  # type: ignore[misc]


def _stored(e: Emitter, written: cst.BaseStatement, value: str) -> cst.BaseStatement:
    """The statement storing (``t[k] = v``) or collecting (``out.append(v)``) what an
    inner item made, as written, given the value's name."""
    assert isinstance(written, cst.SimpleStatementLine)
    small = written.body[0]
    made: cst.BaseSmallStatement
    if isinstance(small, cst.Assign):
        made = small.with_changes(value=cst.Name(value))
    else:
        assert isinstance(small, cst.Expr) and isinstance(small.value, cst.Call)
        call = small.value.with_changes(
            args=[small.value.args[0].with_changes(value=cst.Name(value))]
        )
        e.calls.rebuilt(call, small.value)
        made = small.with_changes(value=call)
    stmt = written.with_changes(body=[made])
    for node in (made, stmt):
        e.calls.rebuilt(node, small)  # it stands where the user's statement stands
    return stmt


def _tuple(values: list[cst.BaseExpression], one: bool) -> cst.BaseExpression:
    """The values as one expression: the one itself (``one``) or a tuple."""
    if one and len(values) == 1:
        return values[0]
    if not values and one:
        return cst.Name("None")
    return cst.Tuple([cst.Element(v) for v in values])


def _pair(target: cst.BaseAssignTargetExpression, names: list[str], e: Emitter) -> cst.Tuple:
    """``target, names``: an item's own target, and the names its part handed on."""
    carried: cst.BaseExpression
    if not names:
        carried = cst.Name(e.namer.prefer("_"))
    else:
        carried = _tuple([cst.Name(n) for n in names], one=True)
    return cst.Tuple([cst.Element(_parenthesised(target)), cst.Element(carried)], lpar=[], rpar=[])


def _parenthesised(target: cst.BaseExpression) -> cst.BaseExpression:
    if isinstance(target, cst.Tuple) and not target.lpar:
        return target.with_changes(lpar=[cst.LeftParen()], rpar=[cst.RightParen()])
    return target


class _Skips(cst.CSTTransformer):
    def __init__(self, skips: frozenset[cst.Continue], skip: cst.Return, calls: CallTable) -> None:
        self.skips = skips
        self.skip = skip
        self.calls = calls

    def on_leave(self, original_node: cst.CSTNode, updated_node: cst.CSTNode) -> Any:
        out = super().on_leave(original_node, updated_node)
        if isinstance(out, cst.CSTNode):
            self.calls.rebuilt(out, original_node)  # keep what a call is known as
        return out

    def leave_Continue(
        self, original_node: cst.Continue, updated_node: cst.Continue
    ) -> cst.BaseSmallStatement:
        return self.skip if original_node in self.skips else updated_node
