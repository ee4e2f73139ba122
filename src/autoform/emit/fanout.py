"""A loop whose items run together (`analysis.loops`): a coroutine per item, gathered, and
the loop's collection applied afterwards in item order."""

from __future__ import annotations

from typing import TYPE_CHECKING

import libcst as cst

from ..analysis.loops import FanOut, as_collect
from ..analysis.names import rename
from ..syntax.layout import template_expression, template_statement

if TYPE_CHECKING:
    from .body import Emitter

__all__ = ["fan_out"]


def fan_out(e: Emitter, loop: cst.CSTNode, fan: FanOut, i: int) -> None:
    """``for x in xs: <body>; out.append(v)`` becomes a coroutine per item, run together,
    and the collection applied afterwards in item order::

        async def _each_x(x):
            <body>
            return v
        out.extend(await _af.gather(*[_each_x(x) for x in xs]))
    """
    assert isinstance(loop, cst.For)
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
    item_body = e.compiled([*body_nodes[:n_body], *item_end], e.entry_of(i, fan.targets))
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
    call_args = [cst.Arg(cst.Name(t)) for t in fan.targets]
    comprehension = cst.ListComp(
        elt=cst.Call(cst.Name(name), args=call_args),
        for_in=cst.CompFor(target=renamed.target, iter=e.header(renamed.iter)),
    )
    gathered = template_expression(
        "await {runtime}.gather(*{items})", runtime=cst.Name(e.runtime), items=comprehension
    )
    e.put(item_def, i)
    if len(collects) == 1 and collects[0].key is None and guard is None:
        apply = template_statement(
            "{out}.extend({gathered})", out=cst.Name(collects[0].container), gathered=gathered
        )
    else:
        names = [cst.Name(e.namer.fresh("_r")) for _ in values]
        it = iter(names)
        ops: list[cst.BaseStatement] = []
        for c in collects:
            out = cst.Name(c.container)
            if c.key is None:
                ops.append(template_statement("{out}.append({v})", out=out, v=next(it)))
            else:
                key = next(it)
                ops.append(template_statement("{out}[{k}] = {v}", out=out, k=key, v=next(it)))
        target_names: cst.BaseAssignTargetExpression = (
            names[0]
            if len(names) == 1
            else cst.Tuple([cst.Element(n) for n in names], lpar=[], rpar=[])
        )
        if guard is not None:
            # for _r in ...: if _r is not _af.SKIP: (_r1, _r2 = _r;) <collect>
            result = names[0] if len(names) == 1 else cst.Name(e.namer.fresh("_r"))
            if len(names) > 1:
                unpack = cst.Assign([cst.AssignTarget(target_names)], result)
                ops.insert(0, cst.SimpleStatementLine([unpack]))
            kept = cst.Comparison(result, [cst.ComparisonTarget(cst.IsNot(), skip)])
            ops = [cst.If(test=kept, body=cst.IndentedBlock(ops))]
            target_names = result
        apply = cst.For(target=target_names, iter=gathered, body=cst.IndentedBlock(ops))
    e.body.append(apply)
    e.origins.statements[apply] = e.steps[i].origin
