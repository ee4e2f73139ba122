"""Calls and blocks that start as tasks of their own, as soon as what they need is ready.

A *chain* starts a call that needs only some of the calls in flight (`schedule.Chain`); a
*detached block* runs a block beside the calls before it (`Graph.detached`). Both become a
local ``async def`` started in the task scope and awaited where the step stood.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import libcst as cst

from ..schedule import Chain
from ..syntax.layout import WIDTH, awaited, line
from ..syntax.walk import walk
from .names import single_targets
from .ranking import Around

if TYPE_CHECKING:
    from .body import Emitter

__all__ = ["start_block", "start_chain"]


def start_block(e: Emitter, i: int) -> None:
    """A block beside the calls before it, as a task; its failure is taken in order:

    async def _if_12():
        nonlocal x                # what it binds, bound before it already
        if ...:
            x = await lm.acall(...)
    if_12_task = tasks.start(_if_12())
    ...
    await if_12_task              # where the block stood
    """
    step = e.steps[i]
    node = e.nodes[i]
    # Its calls run beside others: ranked as they are, over the rank of its task.
    block = (
        e.block(node, e.entry_of(i), Around(beside=True))
        if isinstance(node, cst.BaseCompoundStatement)
        else None
    )
    body: list[cst.BaseStatement] = []
    bound = sorted(set(step.store_names.values()))
    if bound:
        body.append(
            cst.SimpleStatementLine([cst.Nonlocal([cst.NameItem(cst.Name(n)) for n in bound])])
        )
    if block is not None:
        body.append(block)
    else:  # a statement awaiting its calls in place
        body.append(line(e.awaited_in_place(node)))
    kind = type(node).__name__.lower() if block is not None else "statement"
    name = e.namer.prefer(f"_{kind}_{step.origin.line}")
    note = (
        f"# the `{kind}` at line {step.origin.line} runs beside the calls before it: "
        "it needs none of their results"
    )
    leading = [*step.leading_lines, cst.EmptyLine(comment=cst.Comment(note))]
    if waits_for_turns(e.runtime, body):
        e.turned.add(i)  # a call in it made in its turn: the block's comes where it stood
    _start_local(e, i, name, body, leading, f"{name.lstrip('_')}_task", rank_task=True)


def waits_for_turns(runtime: str, nodes: Sequence[cst.CSTNode]) -> bool:
    """Does the generated code ``nodes`` make a call in its turn (`runtime.when_plain`), or
    call a primitive of the user's, which waits for its turn if rebound since compiling
    (`runtime.prim`)?"""
    return any(
        isinstance(n, cst.Attribute)
        and isinstance(n.value, cst.Name)
        and n.value.value == runtime
        and n.attr.value in ("when_plain", "plain_or_turn", "prim")
        for node in nodes
        for n in walk(node)
    )


def _start_local(
    e: Emitter,
    i: int,
    name: str,
    body: list[cst.BaseStatement],
    leading: list[cst.EmptyLine],
    task_base: str,
    rank_task: bool,
) -> None:
    """``async def <name>(): <body>`` and ``<task> = tasks.start(<name>())`` for step i."""
    func = cst.FunctionDef(
        name=cst.Name(name),
        params=cst.Parameters(),
        body=cst.IndentedBlock(body),
        asynchronous=cst.Asynchronous(),
        leading_lines=leading,
    )
    e.put(e.made_def(func), i)
    task = e.namer.prefer(task_base)
    e.task_of[i] = task
    made = e.ranked(i, cst.Call(cst.Name(name))) if rank_task else cst.Call(cst.Name(name))
    # A chain ending in a call that writes output runs in a turn of its own.
    start = cst.Call(
        cst.Attribute(cst.Name(e.tasks()), cst.Name("start")), args=[cst.Arg(e.in_turn(i, made))]
    )
    e.put(cst.Assign([cst.AssignTarget(cst.Name(task))], start), i)


def start_chain(e: Emitter, i: int, chain: Chain) -> None:
    """A call that needs calls in flight, started at once as a task of its own:

    async def _x_chain():
        a = await _af.shared(a_task)   # what it needs, and only that
        prompt = ...              # the plain steps in between, again
        return await lm.acall(...)
    x_task = tasks.start(_x_chain())

    A step it reruns that may raise (``data = json.loads(a)``) runs in the body too, in its
    place: a failure of it here only ends the chain, whose result is then never taken.
    """
    body: list[cst.BaseStatement] = []
    for d in chain.awaits:
        shared = cst.Attribute(cst.Name(e.runtime), cst.Name("shared"))
        waited = awaited(cst.Call(shared, [cst.Arg(cst.Name(e.task_of[d]))]))
        small = e.nodes[d]
        if isinstance(small, cst.Assign | cst.AnnAssign):
            body.append(line(small.with_changes(value=waited)))
        else:
            body.append(line(cst.Expr(waited)))
    shared_names: list[str] = []
    for p in chain.reruns:
        small = e.nodes[p]
        assert isinstance(small, cst.BaseSmallStatement)
        if e.steps[p].guarded:  # (a plain step's: `Safety.guard_classes`)
            # Quiet only by what annotations say: rerun early only if the values are what
            # they say when it runs; else, once the call's turn has come, the body has run
            # the step in its place: its names hold what it made (`runtime.plain_or_turn`).
            load = e.steps[p].load_names
            values = cst.Tuple([cst.Element(cst.Name(load.get(n, n))) for n in e.steps[p].guarded])
            kinds = cst.Tuple([cst.Element(cst.Name(c)) for c in e.steps[p].guard_classes])
            check = cst.Attribute(cst.Name(e.runtime), cst.Name("plain_or_turn"))
            test = awaited(cst.Call(check, [cst.Arg(values), cst.Arg(kinds)]))
            e.turned.add(i)
            if e.observed:
                # (a `finally` sees the body's names: the chain binds its own, and reruns
                # the step, in its turn if need be)
                body += [line(cst.Expr(test)), line(small)]
                continue
            body.append(cst.If(test, cst.IndentedBlock([line(small)])))
            shared_names += e.steps[p].store_names.values()
        else:
            body.append(line(small))
    if shared_names:
        names = [cst.NameItem(cst.Name(n)) for n in dict.fromkeys(shared_names)]
        body.insert(0, line(cst.Nonlocal(names)))
    body.append(line(cst.Return(awaited(e.call(i, WIDTH - 16 - len("return await "))))))
    targets = single_targets(e.nodes[i])
    base = targets[0].value if targets and isinstance(targets[0], cst.Name) else "call"
    name = e.namer.prefer(f"_{base.lstrip('_')}_chain")
    needed = ", ".join(_described(e, d) for d in chain.awaits)
    verb = "is" if len(chain.awaits) == 1 else "are"
    note = f"# starts as soon as {needed} {verb} ready, not after the calls before it"
    if not chain.awaits:  # it waited only for a step that may raise (`Graph.floating`)
        note = "# starts at once, not after the calls before it"
    # The chain's call asks with its rank (`e.call`); what it awaits first asks nothing.
    leading = [cst.EmptyLine(comment=cst.Comment(note))]
    _start_local(e, i, name, body, leading, f"{base}_task", rank_task=False)


def _described(e: Emitter, i: int) -> str:
    names = [n for n in e.steps[i].store_names if not n.startswith("_")]
    what = f"`{names[0]}`" if names else "the call"
    return f"{what} (line {e.steps[i].origin.line})"
