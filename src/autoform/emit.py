"""Emitting: a plan and the normalised steps become a readable ``async def``.

Needs: the `FunctionSource`, the steps (with the activity annotations' renaming maps), the
`Plan`, and the names chosen for the runtime alias and the task scope.
Produces: an `Emitted`: the new `FunctionDef` and, for every statement (and every call
inside a gather), the user's `Origin`, so the loader can point tracebacks at the user's
lines.

The shapes it uses, from the plainest up:
- a step that runs alone: the statement as written (``x = await lm.acall(...)`` for a call);
- calls started and taken together: ``a, b = await _af.gather(lm.acall(...), ...)``;
- a call that must run across other statements: ``t = tasks.start(...)`` inside
  ``async with _af.tasks() as tasks:``, and ``x = await t`` where its result is first needed.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import libcst as cst

from .analysis.calls import CallInfo, CallKind, CallTable
from .analysis.context import CompileContext
from .analysis.loops import FanOut, as_collect
from .analysis.names import bound_by_target, rename
from .ir import Entry, Facts, Graph, Origins
from .normalize import unawait
from .schedule import Chain, Plan
from .syntax.layout import WIDTH, awaited, fitted, line, multiline_call, multiline_tuple

__all__ = ["Emitted", "Origins", "emit_function", "emit_suite"]


@dataclass
class Emitted:
    func: cst.FunctionDef
    origins: Origins


class CompiledBody(Protocol):
    """A body compiled by `compiler.compile_body`: what the emitter needs of it."""

    @property
    def statements(self) -> tuple[cst.BaseStatement, ...]: ...


# Compiles the statements of a block's body (an `if` branch, a loop body) on their own,
# knowing what holds when the body starts: `compiler.compile_body`.
BodyCompiler = Callable[[CompileContext, Sequence[cst.BaseStatement], Entry], CompiledBody]


@dataclass(frozen=True)
class EmittedSuite:
    statements: tuple[cst.BaseStatement, ...]
    blocks: tuple[Any, ...]  # the bodies compiled inside it, in the order they were emitted


def _rename_target(target: cst.BaseExpression, step: Facts, calls: CallTable) -> cst.BaseExpression:
    if isinstance(target, cst.Name):
        new = step.store_names.get(target.value)
        return target.with_changes(value=new) if new else target
    if isinstance(target, cst.Tuple | cst.List):
        return target.with_changes(
            elements=[
                el.with_changes(value=_rename_target(el.value, step, calls))
                for el in target.elements
            ]
        )
    if isinstance(target, cst.StarredElement):
        return target.with_changes(value=_rename_target(target.value, step, calls))
    out = rename(target, step.load_names, calls.rebuilt)
    assert isinstance(out, cst.BaseExpression)
    return out


def renamed(step: Facts, calls: CallTable) -> cst.BaseSmallStatement | cst.BaseCompoundStatement:
    """The step's statement with every name replaced by the version it refers to."""
    small = step.node
    load = step.load_names
    if isinstance(small, cst.BaseCompoundStatement):
        # Names bound inside a block keep their names; only what it reads may be renamed.
        block = rename(small, load, calls.rebuilt)
        assert isinstance(block, cst.BaseCompoundStatement)
        return block
    if isinstance(small, cst.Assign):
        return small.with_changes(
            targets=[
                t.with_changes(target=_rename_target(t.target, step, calls)) for t in small.targets
            ],
            value=rename(small.value, load, calls.rebuilt),
        )
    if isinstance(small, cst.AnnAssign):
        return small.with_changes(
            target=_rename_target(small.target, step, calls),
            value=rename(small.value, load, calls.rebuilt) if small.value is not None else None,
        )
    if isinstance(small, cst.AugAssign):
        target = small.target
        new_target = (
            _rename_target(target, step, calls)
            if isinstance(target, cst.Name)
            else rename(target, load, calls.rebuilt)
        )
        return small.with_changes(target=new_target, value=rename(small.value, load, calls.rebuilt))
    if isinstance(small, cst.Import | cst.ImportFrom) and not isinstance(
        small.names, cst.ImportStar
    ):
        aliases = []
        for alias in small.names:
            bound = (
                alias.asname.name.value  # type: ignore[union-attr]
                if alias.asname is not None
                else cst.Module([]).code_for_node(alias.name).split(".")[0]
            )
            new = step.store_names.get(bound)
            if new and new != bound:
                alias = alias.with_changes(asname=cst.AsName(cst.Name(new)))
            aliases.append(alias)
        return small.with_changes(names=aliases)
    out = rename(small, load, calls.rebuilt)
    assert isinstance(out, cst.BaseSmallStatement)
    return out


def _acall(call: cst.Call, info: CallInfo | None, runtime: str) -> cst.Call:
    """``prim(args)`` -> ``prim.acall(args)``: the user's own spelling of the callee; for a
    helper of the user's, compiled too, ``_af.acall(helper, args)``."""
    if info is not None and info.helper is not None:
        func = cst.Attribute(cst.Name(runtime), cst.Name("acall"))
        return call.with_changes(func=func, args=[cst.Arg(call.func), *call.args])
    return call.with_changes(func=cst.Attribute(call.func, cst.Name("acall")))


class _Emitter:
    def __init__(
        self,
        ctx: CompileContext,
        steps: Sequence[Facts],
        graph: Graph,
        entry: Entry,
        compile_body: BodyCompiler,
    ) -> None:
        self.ctx = ctx
        self.sequential = entry.sequential
        self.steps = steps
        self.detached = graph.detached
        self.namer = ctx.namer
        self.runtime = ctx.runtime
        self.calls = ctx.calls
        self.compile_body = compile_body
        self.blocks: list[CompiledBody] = []
        self.tasks_name: str | None = None
        self.task_of: dict[int, str] = {}
        self.body: list[cst.BaseStatement] = []
        self.origins = ctx.origins
        self.commented: set[int] = set()
        self.nodes = {s.index: renamed(s, self.calls) for s in steps}

    # -- pieces -----------------------------------------------------------------------------

    def _call(self, i: int) -> cst.Call:
        value = getattr(self.nodes[i], "value", None)
        assert isinstance(value, cst.Call)
        return _acall(value, self.calls.get(value), self.runtime)

    def _put(
        self, small: cst.BaseSmallStatement | cst.BaseCompoundStatement, i: int
    ) -> cst.BaseStatement:
        # The user's comments above a statement go with its first appearance only.
        leading = () if i in self.commented else self.steps[i].leading_lines
        self.commented.add(i)
        stmt: cst.BaseStatement = (
            small if isinstance(small, cst.BaseCompoundStatement) else line(small, leading)
        )
        self.body.append(stmt)
        self.origins.statements[stmt] = self.steps[i].origin
        return stmt

    def _tasks(self) -> str:
        if self.tasks_name is None:
            self.tasks_name = self.namer.prefer("tasks")
        return self.tasks_name

    def start_task(self, i: int) -> None:
        small = self.nodes[i]
        if self.detached[i]:
            self.start_block(i)
            return
        targets = _single_targets(small)
        base = targets[0].value if targets and isinstance(targets[0], cst.Name) else "call"
        name = self.namer.prefer(f"{base}_task")
        self.task_of[i] = name
        func = cst.Attribute(cst.Name(self._tasks()), cst.Name("start"))
        coro = fitted(self._call(i), WIDTH - 12)
        start = cst.Call(func=func, args=[cst.Arg(coro)])
        if len(cst.Module([]).code_for_node(start)) + len(name) + 11 > WIDTH:
            start = multiline_call(func, [coro], trailing_comma=False)
        self._put(cst.Assign(targets=[cst.AssignTarget(cst.Name(name))], value=start), i)

    def start_block(self, i: int) -> None:
        """A block beside the calls before it, as a task; its failure is taken in order:

        async def _if_12():
            nonlocal x                # what it binds, bound before it already
            if ...:
                x = await lm.acall(...)
        if_12_task = tasks.start(_if_12())
        ...
        await if_12_task              # where the block stood
        """
        step = self.steps[i]
        node = self.nodes[i]
        block = (
            self._block(node, self._entry(i))
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
            body.append(line(self._awaited_in_place(node)))
        kind = type(node).__name__.lower() if block is not None else "statement"
        name = self.namer.prefer(f"_{kind}_{step.origin.line}")
        note = (
            f"# the `{kind}` at line {step.origin.line} runs beside the calls before it: "
            "it needs none of their results"
        )
        leading = [*step.leading_lines, cst.EmptyLine(comment=cst.Comment(note))]
        self._start_local(i, name, body, leading, f"{name.lstrip('_')}_task")

    def _start_local(
        self,
        i: int,
        name: str,
        body: list[cst.BaseStatement],
        leading: list[cst.EmptyLine],
        task_base: str,
    ) -> None:
        """``async def <name>(): <body>`` and ``<task> = tasks.start(<name>())`` for step i."""
        func = cst.FunctionDef(
            name=cst.Name(name),
            params=cst.Parameters(),
            body=cst.IndentedBlock(body),
            asynchronous=cst.Asynchronous(),
            leading_lines=leading,
        )
        self._put(func, i)
        task = self.namer.prefer(task_base)
        self.task_of[i] = task
        start = cst.Call(
            cst.Attribute(cst.Name(self._tasks()), cst.Name("start")),
            args=[cst.Arg(cst.Call(cst.Name(name)))],
        )
        self._put(cst.Assign([cst.AssignTarget(cst.Name(task))], start), i)

    def start_chain(self, i: int, chain: Chain) -> None:
        """A call that needs calls in flight, started at once as a task of its own:

        async def _x_chain():
            a = await _af.shared(a_task)   # what it needs, and only that
            prompt = ...              # the plain steps in between, again
            return await lm.acall(...)
        x_task = tasks.start(_x_chain())
        """
        body: list[cst.BaseStatement] = []
        for d in chain.awaits:
            shared = cst.Attribute(cst.Name(self.runtime), cst.Name("shared"))
            waited = awaited(cst.Call(shared, [cst.Arg(cst.Name(self.task_of[d]))]))
            small = self.nodes[d]
            if isinstance(small, cst.Assign | cst.AnnAssign):
                body.append(line(small.with_changes(value=waited)))
            else:
                body.append(line(cst.Expr(waited)))
        for p in chain.reruns:
            small = self.nodes[p]
            assert isinstance(small, cst.BaseSmallStatement)
            body.append(line(small))
        body.append(line(cst.Return(awaited(self._call(i)))))
        targets = _single_targets(self.nodes[i])
        base = targets[0].value if targets and isinstance(targets[0], cst.Name) else "call"
        name = self.namer.prefer(f"_{base.lstrip('_')}_chain")
        needed = ", ".join(self._described(d) for d in chain.awaits)
        verb = "is" if len(chain.awaits) == 1 else "are"
        note = f"# starts as soon as {needed} {verb} ready, not after the calls before it"
        self._start_local(i, name, body, [cst.EmptyLine(comment=cst.Comment(note))], f"{base}_task")

    def _described(self, i: int) -> str:
        names = [n for n in self.steps[i].store_names if not n.startswith("_")]
        what = f"`{names[0]}`" if names else "the call"
        return f"{what} (line {self.steps[i].origin.line})"

    def _awaitable(self, i: int) -> cst.BaseExpression:
        return cst.Name(self.task_of.pop(i)) if i in self.task_of else self._call(i)

    def run(self, i: int) -> None:
        small = self.nodes[i]
        if isinstance(small, cst.BaseCompoundStatement):
            if self.steps[i].fanout is not None:
                self._fanout(small, self.steps[i].fanout, i)
            else:
                self._put(self._block(small, self._entry(i)), i)
            return
        if self.steps[i].inline:
            self._put(self._awaited_in_place(small), i)
            return
        self._put(small, i)

    def _entry(self, i: int, binds: Sequence[str] = (), in_try: bool = False) -> Entry:
        """What holds when a body inside step ``i`` starts: ``binds``, the names bound on
        entry to it (a loop's target, ``except ... as``); ``in_try``: a body where a
        failure may be caught and the program go on, so a call started early there could
        not be taken back: it runs in order."""
        step = self.steps[i]
        return Entry(
            step.bound_before | set(binds),
            step.strs_before - set(binds),
            self.sequential or in_try,
        )

    def compiled(
        self, statements: Sequence[cst.BaseStatement], entry: Entry
    ) -> list[cst.BaseStatement]:
        body = self.compile_body(self.ctx, statements, entry)
        self.blocks.append(body)
        return list(body.statements)

    def _awaited_in_place(self, small: Any) -> cst.BaseSmallStatement:
        """A statement with its calls awaited where they stand."""
        inline = small.visit(_InlineAwait(self.calls, self.runtime))
        assert isinstance(inline, cst.BaseSmallStatement)
        value = getattr(inline, "value", None)
        if isinstance(value, cst.Await) and value.lpar:
            # `x = await ...` needs no parentheses: the await is the whole value.
            inline = inline.with_changes(value=value.with_changes(lpar=[], rpar=[]))
        return inline

    def join_one(self, i: int) -> None:
        small = self.nodes[i]
        if self.detached[i]:
            self._put(cst.Expr(awaited(cst.Name(self.task_of.pop(i)))), i)
            return
        self._put(small.with_changes(value=awaited(self._awaitable(i))), i)  # type: ignore[call-arg]

    def gather(self, joined: Sequence[int]) -> None:
        if not all(_gatherable(self.nodes[i]) and not self.detached[i] for i in joined):
            for i in joined:
                if i not in self.task_of:
                    self.start_task(i)
            for i in joined:
                self.join_one(i)
            return
        targets: list[cst.BaseExpression] = []
        for i in joined:
            small = self.nodes[i]
            if isinstance(small, cst.Assign):
                targets.append(small.targets[0].target)
            else:
                targets.append(cst.Name(self.namer.prefer("_")))
        args = [fitted(self._awaitable(i), WIDTH - 12) for i in joined]
        call = multiline_call(cst.Attribute(cst.Name(self.runtime), cst.Name("gather")), args)
        target = cst.Tuple(elements=[cst.Element(t) for t in targets], lpar=[], rpar=[])
        if len(cst.Module([]).code_for_node(target)) > WIDTH - 40:
            target = multiline_tuple(targets)  # one name a line, as a formatter would
        stmt = cst.Assign(targets=[cst.AssignTarget(target)], value=awaited(call))
        put = self._put(stmt, joined[0])
        self.origins.gathers[put] = [self.steps[i].origin for i in joined]

    # -- blocks -----------------------------------------------------------------------------

    def _fanout(self, loop: cst.CSTNode, fan: FanOut, i: int) -> None:
        """``for x in xs: <body>; out.append(v)`` becomes a coroutine per item, run together,
        and the collection applied afterwards in item order::

            async def _each_x(x):
                <body>
                return v
            out.extend(await _af.gather(*[_each_x(x) for x in xs]))
        """
        assert isinstance(loop, cst.For)
        renamed = rename(loop, self.steps[i].load_names, self.calls.rebuilt)
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
        values = [
            part for c in collects for part in ([c.key] if c.key is not None else []) + [c.value]
        ]
        returned = values[0] if len(values) == 1 else cst.Tuple([cst.Element(v) for v in values])
        item_end: list[cst.BaseStatement] = [cst.SimpleStatementLine([cst.Return(returned)])]
        skip = cst.Attribute(cst.Name(self.runtime), cst.Name("SKIP"))
        if guard is not None:
            # An item whose test fails collects nothing: it says so with a marker.
            item_end = [
                cst.If(test=guard, body=cst.IndentedBlock(item_end)),
                cst.SimpleStatementLine([cst.Return(skip)]),
            ]
        name = self.namer.prefer("_each_" + "_".join(fan.targets))
        item_body = self.compiled([*body_nodes[:n_body], *item_end], self._entry(i, fan.targets))
        params = [cst.Param(cst.Name(t)) for t in fan.targets]
        note = (
            f"# the loop at line {self.steps[i].origin.line}: its items run together, "
            "and their results are collected in order"
        )
        item_def = cst.FunctionDef(
            name=cst.Name(name),
            params=cst.Parameters(params=params),
            body=cst.IndentedBlock(body=item_body),
            asynchronous=cst.Asynchronous(),
            leading_lines=[
                *self.steps[i].leading_lines,
                cst.EmptyLine(comment=cst.Comment(note)),
            ],
        )
        self.commented.add(i)
        call_args = [cst.Arg(cst.Name(t)) for t in fan.targets]
        comprehension = cst.ListComp(
            elt=cst.Call(cst.Name(name), args=call_args),
            for_in=cst.CompFor(target=renamed.target, iter=self.header(renamed.iter)),
        )
        gathered = awaited(
            cst.Call(
                cst.Attribute(cst.Name(self.runtime), cst.Name("gather")),
                args=[cst.Arg(comprehension, star="*")],
            )
        )
        self._put(item_def, i)
        if len(collects) == 1 and collects[0].key is None and guard is None:
            apply: cst.BaseStatement = cst.SimpleStatementLine(
                [
                    cst.Expr(
                        cst.Call(
                            cst.Attribute(cst.Name(collects[0].container), cst.Name("extend")),
                            args=[cst.Arg(gathered)],
                        )
                    )
                ]
            )
        else:
            names = [cst.Name(self.namer.fresh("_r")) for _ in values]
            it = iter(names)
            ops: list[cst.BaseStatement] = []
            for c in collects:
                if c.key is None:
                    ops.append(
                        cst.SimpleStatementLine(
                            [
                                cst.Expr(
                                    cst.Call(
                                        cst.Attribute(cst.Name(c.container), cst.Name("append")),
                                        args=[cst.Arg(next(it))],
                                    )
                                )
                            ]
                        )
                    )
                else:
                    key = next(it)
                    target = cst.Subscript(
                        cst.Name(c.container), [cst.SubscriptElement(cst.Index(key))]
                    )
                    ops.append(
                        cst.SimpleStatementLine([cst.Assign([cst.AssignTarget(target)], next(it))])
                    )
            target_names: cst.BaseAssignTargetExpression = (
                names[0]
                if len(names) == 1
                else cst.Tuple([cst.Element(n) for n in names], lpar=[], rpar=[])
            )
            if guard is not None:
                # for _r in ...: if _r is not _af.SKIP: (_r1, _r2 = _r;) <collect>
                result = names[0] if len(names) == 1 else cst.Name(self.namer.fresh("_r"))
                if len(names) > 1:
                    unpack = cst.Assign([cst.AssignTarget(target_names)], result)
                    ops.insert(0, cst.SimpleStatementLine([unpack]))
                kept = cst.Comparison(result, [cst.ComparisonTarget(cst.IsNot(), skip)])
                ops = [cst.If(test=kept, body=cst.IndentedBlock(ops))]
                target_names = result
            apply = cst.For(target=target_names, iter=gathered, body=cst.IndentedBlock(ops))
        self.body.append(apply)
        self.origins.statements[apply] = self.steps[i].origin

    def _block(self, node: cst.BaseCompoundStatement, entry: Entry) -> cst.BaseCompoundStatement:
        """A compound statement run in place: its header expressions await their calls where
        they stand; each body is compiled on its own, knowing ``entry``."""
        return _BlockRewriter(self, entry).rewrite(node)

    def suite(
        self,
        block: cst.BaseSuite,
        entry: Entry,
        binds: cst.CSTNode | None = None,
        in_try: bool = False,
    ) -> cst.IndentedBlock:
        """``binds``: a target bound on entry to this body (a loop's, ``except ... as``).
        ``in_try``: the body of a ``try``, where a failure may be caught and the program go
        on; a call started early there could not be taken back, so it runs in order."""
        statements: Sequence[cst.BaseStatement]
        if isinstance(block, cst.IndentedBlock):
            statements = block.body
        else:  # `if x: a = 1` on one line
            assert isinstance(block, cst.SimpleStatementSuite)
            statements = [cst.SimpleStatementLine(body=list(block.body))]
        names = set(bound_by_target(binds)) if binds is not None else set()  # type: ignore[arg-type]
        inner = Entry(entry.bound | names, entry.strs - names, entry.sequential or in_try)
        body = self.compiled(statements, inner) or [cst.SimpleStatementLine([cst.Pass()])]
        return cst.IndentedBlock(body=body)

    def header(self, expr: cst.BaseExpression) -> cst.BaseExpression:
        out = unawait(expr, self.calls).visit(_InlineAwait(self.calls, self.runtime))
        assert isinstance(out, cst.BaseExpression)
        return out

    # -- the whole plan ---------------------------------------------------------------------

    def statements(self, plan: Plan) -> list[cst.BaseStatement]:
        """The body for ``plan``: its statements, inside a task scope if one is needed."""
        actions = list(plan.actions)
        k = 0
        while k < len(actions):
            what, i = actions[k]
            if what == "run":
                self.run(i)
                k += 1
                continue
            if what == "chain":
                self.start_chain(i, plan.chains[i])
                k += 1
                continue
            # A block of starts then joins: calls started together, results taken together.
            starts: list[int] = []
            while k < len(actions) and actions[k][0] == "start":
                starts.append(actions[k][1])
                k += 1
            joins: list[int] = []
            while k < len(actions) and actions[k][0] == "join":
                joins.append(actions[k][1])
                k += 1
            # Calls whose results are taken right here start in the gather (or await) below,
            # in program order; the others start first, as tasks, in the plan's order.
            in_place = _started_in_place(
                starts,
                [j for j in joins if not self.detached[j]],
                plan.remaining,
                alone=len(joins) == 1,
            )
            for s in starts:
                if s not in in_place:
                    self.start_task(s)
            if len(joins) == 1:
                self.join_one(joins[0])
            elif joins:
                self.gather(joins)
        body: list[cst.BaseStatement] = list(self.body)
        if self.tasks_name is not None:
            scope = cst.With(
                asynchronous=cst.Asynchronous(),
                items=[
                    cst.WithItem(
                        item=cst.Call(cst.Attribute(cst.Name(self.runtime), cst.Name("tasks"))),
                        asname=cst.AsName(cst.Name(self.tasks_name)),
                    )
                ],
                body=cst.IndentedBlock(body=body),
            )
            body = [scope]
        return body


def _started_in_place(
    starts: Sequence[int], joins: Sequence[int], remaining: Sequence[int], *, alone: bool
) -> set[int]:
    """The calls of ``starts`` (in the plan's order) that may start where ``joins`` (in
    program order) are taken, rather than as tasks before: in the gather, or in the one
    ``await`` when the result is taken ``alone``.

    Calls ask a cap for a place in the order they start. A lone call awaited in place asks
    first: it runs at once, and tasks wait for the next turn of the loop. A gather's calls
    become tasks inside it, so they ask after the tasks started before it, in program
    order. Either way the plan's ranking must hold (longest remaining path first, ties in
    any order); as many calls as it allows start in place, for readability.

    >>> sorted(_started_in_place([0, 1], [0, 1], [1, 1], alone=False))  # a plain gather
    [0, 1]
    >>> sorted(_started_in_place([1, 0], [0, 1], [2, 3], alone=False))  # longer path first
    [0]
    >>> sorted(_started_in_place([2, 0], [0], [1, 0, 1], alone=True))  # a lone await
    [0]
    >>> sorted(_started_in_place([2, 0], [0], [1, 0, 2], alone=True))
    []
    """
    own = [j for j in joins if j in starts]
    if not own:
        return set()
    if alone:
        others = [remaining[s] for s in starts if s not in own]
        return set(own) if remaining[own[0]] >= max(others, default=0) else set()
    ceiling = min((remaining[s] for s in starts if s not in own), default=None)
    for top in sorted({remaining[j] for j in own}, reverse=True):
        if ceiling is not None and top > ceiling:
            continue
        tail = [j for j in own if remaining[j] <= top]
        if all(remaining[a] >= remaining[b] for a, b in itertools.pairwise(tail)):
            return set(tail)
    return set()


def _single_targets(small: cst.CSTNode) -> list[cst.BaseExpression]:
    if isinstance(small, cst.Assign):
        return [t.target for t in small.targets]
    if isinstance(small, cst.AnnAssign):
        return [small.target]
    return []


def _gatherable(small: cst.CSTNode) -> bool:
    return (isinstance(small, cst.Assign) and len(small.targets) == 1) or isinstance(
        small, cst.Expr
    )


class _InlineAwait(cst.CSTTransformer):
    """``prim(args)`` -> ``(await prim.acall(args))``, where the call stands."""

    def __init__(self, calls: CallTable, runtime: str) -> None:
        self.calls = calls
        self.runtime = runtime

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.BaseExpression:
        info = self.calls.get(original_node)
        if info is None or info.kind is not CallKind.AWAITABLE:
            return updated_node
        return cst.Await(
            expression=_acall(updated_node, info, self.runtime),
            lpar=[cst.LeftParen()],
            rpar=[cst.RightParen()],
        )


class _BlockRewriter:
    def __init__(self, emitter: _Emitter, entry: Entry) -> None:
        self.e = emitter
        self.entry = entry

    def suite(self, block: cst.BaseSuite, **how: Any) -> cst.IndentedBlock:
        return self.e.suite(block, self.entry, **how)

    def rewrite(self, node: cst.BaseCompoundStatement) -> cst.BaseCompoundStatement:
        e = self.e
        if isinstance(node, cst.FunctionDef):
            return node  # a nested function runs as written, when it is called
        if isinstance(node, cst.If):
            return node.with_changes(
                test=e.header(node.test),
                body=self.suite(node.body),
                orelse=self.orelse(node.orelse),
            )
        if isinstance(node, cst.For):
            return node.with_changes(
                iter=e.header(node.iter),
                body=self.suite(node.body, binds=node.target),
                orelse=self.orelse(node.orelse),
            )
        if isinstance(node, cst.While):
            return node.with_changes(
                test=e.header(node.test),
                body=self.suite(node.body),
                orelse=self.orelse(node.orelse),
            )
        if isinstance(node, cst.Try | cst.TryStar):
            handlers = [
                h.with_changes(
                    type=e.header(h.type) if h.type is not None else None,
                    body=self.suite(h.body, binds=h.name.name if h.name is not None else None),
                )
                for h in node.handlers
            ]
            return node.with_changes(
                body=self.suite(node.body, in_try=bool(node.handlers)),
                handlers=handlers,
                orelse=self.orelse(node.orelse),
                finalbody=(
                    node.finalbody.with_changes(body=self.suite(node.finalbody.body))
                    if node.finalbody is not None
                    else None
                ),
            )
        if isinstance(node, cst.With):
            items = [item.with_changes(item=e.header(item.item)) for item in node.items]
            targets = cst.Tuple(
                [cst.Element(i.asname.name) for i in node.items if i.asname is not None]
            )
            # A context manager may swallow an exception, like a `try`.
            return node.with_changes(
                items=items, body=self.suite(node.body, binds=targets, in_try=True)
            )
        if isinstance(node, cst.Match):
            cases = [
                case.with_changes(
                    guard=e.header(case.guard) if case.guard is not None else None,
                    body=self.suite(case.body),
                )
                for case in node.cases
            ]
            return node.with_changes(subject=e.header(node.subject), cases=cases)
        raise TypeError(f"unexpected compound statement {type(node).__name__}")

    def orelse(self, node: cst.If | cst.Else | None) -> cst.If | cst.Else | None:
        if node is None:
            return None
        if isinstance(node, cst.If):  # elif: its test runs only if the ones before failed
            out = self.rewrite(node)
            assert isinstance(out, cst.If)
            return out
        return node.with_changes(body=self.suite(node.body))


def emit_suite(
    ctx: CompileContext,
    steps: Sequence[Facts],
    graph: Graph,
    plan: Plan,
    entry: Entry,
    compile_body: BodyCompiler,
) -> EmittedSuite:
    """The statements for one body (the function's, or a block's); ``compile_body`` compiles
    the bodies inside it."""
    emitter = _Emitter(ctx, steps, graph, entry, compile_body)
    statements = emitter.statements(plan)
    return EmittedSuite(tuple(statements), tuple(emitter.blocks))


def emit_function(
    ctx: CompileContext, docstring: cst.BaseExpression | None, body: list[cst.BaseStatement]
) -> Emitted:
    """The ``async def`` around an emitted body; the function's ``global``/``nonlocal``
    declarations come first, as they hold for the whole function."""
    src, declarations = ctx.src, ctx.scope.declarations
    if declarations:
        body = [*(cst.SimpleStatementLine(body=[d]) for d in declarations), *body]
    if docstring is not None:
        body = [cst.SimpleStatementLine(body=[cst.Expr(docstring)]), *body]
    if not body:
        body = [cst.SimpleStatementLine(body=[cst.Pass()])]
    func = src.func.with_changes(
        asynchronous=cst.Asynchronous(),
        decorators=(),
        leading_lines=(),
        body=src.func.body.with_changes(body=body),
    )
    return Emitted(func, ctx.origins)
