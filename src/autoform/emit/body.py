"""Walking a plan: the statements of one body, in the order the plan gives.

Needs: the context, the body's steps and graph, its `Plan`, what holds when it starts, and
`compiler.compile_body` for the bodies inside it. Produces: an `EmittedSuite`, the body's
statements and the bodies compiled inside it; the context's origins gain an entry for every
statement (and every call inside a gather).

Under a cap, a step's awaitable asks with its rank (`schedule.ranks`):
``_af.ranked(r, <the call>)``, and for a loop's items ``_af.ranked(r, _af.fan_out(...))``;
a rank of 0, most calls', is asked with no wrapper at all.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import libcst as cst

from ..analysis.context import CompileContext
from ..analysis.names import bound_by_target
from ..ir import Entry, Facts, Graph
from ..normalize import unawait
from ..schedule import Plan, Ranks, ranks
from ..syntax.layout import EQUAL, WIDTH, awaited, fitted, line, multiline_call, multiline_tuple
from ..syntax.walk import walk
from .blocks import BlockRewriter
from .fanout import fan_out, own_turn
from .names import (
    InlineAwait,
    acall,
    gatherable,
    installing_client,
    renamed,
    single_targets,
)
from .outputs import written_in_turn
from .ranking import Around, around, ranked
from .tasks import start_block, start_chain

__all__ = ["BodyCompiler", "CompiledBody", "EmittedSuite", "Emitter", "emit_suite", "hides_loop"]

# The user's statements whose value may be a call awaited in the emitted one.
_VALUED = (cst.Assign, cst.AnnAssign, cst.AugAssign, cst.Expr, cst.Return)


def hides_loop(func: cst.FunctionDef, runtime: str) -> cst.FunctionDef:
    """``@_af.hides async def ...``: an ``async def`` made of a ``def``'s code runs it with
    the event loop hidden, as the sequential function runs (`autoform.hiding`)."""
    hides = cst.Decorator(cst.Attribute(cst.Name(runtime), cst.Name("hides")))
    return func.with_changes(decorators=(hides, *func.decorators))


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


class Emitter:
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
        self.observed = entry.observed
        self.steps = steps
        self.detached = graph.detached
        self.deferred = graph.deferred or (False,) * len(steps)
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
        self.turned: set[int] = set()  # blocks run as tasks that make calls in turn
        self.nodes = {
            s.index: installing_client(renamed(s, self.calls), self.calls, self.runtime)
            for s in steps
        }
        # Output is written in turn (a block's, in its body and headers: compiled apart).
        self.nodes = {
            i: n
            if isinstance(n, cst.BaseCompoundStatement)
            else written_in_turn(n, self.calls, self.runtime, hold=not self.sequential)
            for i, n in self.nodes.items()
        }
        self.graph = graph
        self.around = around.get()
        self.ranks = Ranks({}, frozenset())

    def rank(self, i: int) -> int:
        """What step ``i`` asks a cap with, over the code around this body."""
        return self.ranks.value.get(i, 0) + self.around.rank

    def ranked(self, i: int, aw: cst.BaseExpression, room: int | None = None) -> cst.BaseExpression:
        """``aw``, the awaitable of step ``i``, asking with its rank: as it is for a rank of 0.
        ``room``: the columns it may take on its line."""
        return ranked(self.runtime, self.rank(i), aw, room)

    # -- pieces -----------------------------------------------------------------------------

    def call(self, i: int, room: int = WIDTH - 12) -> cst.BaseExpression:
        value = getattr(self.nodes[i], "value", None)
        assert isinstance(value, cst.Call)
        aw = acall(value, self.calls.get(value), self.runtime, self.sequential, self.ctx.src)
        if self.steps[i].guarded:
            # Its arguments may run someone's code: made now only if what they look into is
            # builtin when it runs, else in its turn (`runtime.when_plain`).
            load = self.steps[i].load_names
            names = [load.get(n, n) for n in self.steps[i].guarded]
            values = cst.Tuple([cst.Element(cst.Name(n)) for n in names])
            func = cst.Attribute(cst.Name(self.runtime), cst.Name("when_plain"))
            later = cst.Lambda(cst.Parameters(), aw)
            args = [cst.Arg(values), cst.Arg(later)]
            if self.ctx.src.func.asynchronous is not None:
                # (an `async def` makes them in its loop, as written)
                args.append(cst.Arg(cst.Name("True"), cst.Name("in_loop"), EQUAL))
            aw = cst.Call(func, args)
            if len(cst.Module([]).code_for_node(aw)) > room:
                aw = multiline_call(func, [a.value for a in args])
                kept = [
                    a.with_changes(keyword=o.keyword, equal=o.equal)
                    for a, o in zip(aw.args, args, strict=True)
                ]
                aw = aw.with_changes(args=kept)
        return self.ranked(i, aw, room)

    def early_call(self, i: int) -> cst.BaseExpression:
        """`call`, made before the results of calls earlier in program order are taken (and
        perhaps before plain steps above it, whose names a ``finally`` may read): a call
        whose arguments may raise is made through ``_af.deferred``, which takes their
        failure where the call's own would be taken."""
        made = self.call(i)
        if not (self.deferred[i] or self.steps[i].may_raise):
            return made
        later = cst.Lambda(cst.Parameters(), made)
        return cst.Call(
            cst.Attribute(cst.Name(self.runtime), cst.Name("deferred")), [cst.Arg(later)]
        )

    def made_def(self, func: cst.FunctionDef) -> cst.FunctionDef:
        """An ``async def`` the emitter made (an item's body, a chain), holding the user's
        code: a ``def``'s runs with the loop hidden (`hides_loop`)."""
        if self.ctx.src.func.asynchronous is None:
            return hides_loop(func, self.runtime)
        return func

    def put(
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
        user = self.steps[i].node
        value = getattr(user, "value", None) if isinstance(user, _VALUED) else None
        if isinstance(value, cst.Call) and (at := self.ctx.src.exact_origin(value)) is not None:
            self.origins.values[stmt] = at
        return stmt

    def tasks(self) -> str:
        if self.tasks_name is None:
            self.tasks_name = self.namer.prefer("tasks")
        return self.tasks_name

    def writes_output(self, i: int) -> bool:
        """Is step ``i`` a call whose output must come in its turn (a helper whose only effect
        is output), or whose arguments may run someone's code (`runtime.when_plain`), or a
        block holding such calls: started early, it runs `in_turn`."""
        if i in self.turned:
            return True
        step = self.steps[i]
        return (step.output or step.guarded) and self.graph.is_async[i] and not self.detached[i]

    def in_turn(self, i: int, aw: cst.BaseExpression) -> cst.BaseExpression:
        """``aw``, step ``i``'s awaitable started ahead of its place: for a call that writes
        output, ``_af.in_turn(aw)``, whose output waits until the body takes its result."""
        if not self.writes_output(i):
            return aw
        return cst.Call(cst.Attribute(cst.Name(self.runtime), cst.Name("in_turn")), [cst.Arg(aw)])

    def start_task(self, i: int) -> None:
        small = self.nodes[i]
        if self.detached[i]:
            start_block(self, i)
            return
        targets = single_targets(small)
        base = targets[0].value if targets and isinstance(targets[0], cst.Name) else "call"
        name = self.namer.prefer(f"{base}_task")
        self.task_of[i] = name
        func = cst.Attribute(cst.Name(self.tasks()), cst.Name("start"))
        coro = fitted(self.in_turn(i, self.early_call(i)), WIDTH - 12)
        start = cst.Call(func=func, args=[cst.Arg(coro)])
        if len(cst.Module([]).code_for_node(start)) + len(name) + 11 > WIDTH:
            start = multiline_call(func, [coro], trailing_comma=False)
        self.put(cst.Assign(targets=[cst.AssignTarget(cst.Name(name))], value=start), i)

    def awaitable(self, i: int, room: int = WIDTH - 12) -> cst.BaseExpression:
        return cst.Name(self.task_of.pop(i)) if i in self.task_of else self.call(i, room)

    def run(self, i: int) -> None:
        small = self.nodes[i]
        if isinstance(small, cst.BaseCompoundStatement):
            if self.steps[i].fanout is not None:
                fan_out(self, small, self.steps[i].fanout, i)
            else:
                # Run in place: no wrapper around it, its calls add its rank themselves.
                beside = self.around.beside or i in self.ranks.overlapping
                self.put(self.block(small, self.entry_of(i), Around(beside, self.rank(i))), i)
            return
        own_turn(self, i)
        if self.steps[i].inline or self.steps[i].effects.pinned:
            self.put(self.awaited_in_place(small, self.rank(i)), i)
            return
        self.put(small, i)

    def entry_of(
        self, i: int, binds: Sequence[str] = (), in_try: bool = False, observed: bool = False
    ) -> Entry:
        """What holds when a body inside step ``i`` starts: ``binds``, the names bound on
        entry to it (a loop's target, ``except ... as``); ``in_try``: a body where a
        failure may be caught and the program go on, so a call started early there could
        not be taken back: it runs in order."""
        step = self.steps[i]
        return Entry(
            step.bound_before | set(binds),
            step.strs_before - set(binds),
            self.sequential or in_try,
            observed=self.observed or observed,
        )

    def compiled(
        self, statements: Sequence[cst.BaseStatement], entry: Entry, where: Around
    ) -> list[cst.BaseStatement]:
        token = around.set(where)
        try:
            body = self.compile_body(self.ctx, statements, entry)
        finally:
            around.reset(token)
        self.blocks.append(body)
        return list(body.statements)

    def awaited_in_place(self, small: Any, rank: int = 0) -> cst.BaseSmallStatement:
        """A statement with its calls awaited where they stand, asking with ``rank``."""
        inline = small.visit(
            InlineAwait(self.calls, self.runtime, self.sequential, rank, self.ctx.src)
        )
        inline = inline.visit(_Bare(self.ctx.src))
        assert isinstance(inline, cst.BaseSmallStatement)
        return inline

    def join_one(self, i: int) -> None:
        small = self.nodes[i]
        if self.detached[i]:
            self.put(cst.Expr(awaited(cst.Name(self.task_of.pop(i)))), i)
            return
        # What the line holds before the awaitable: `x = await `.
        head = small.with_changes(value=awaited(cst.Name("_")))  # type: ignore[call-arg]
        room = WIDTH - 11 - len(cst.Module([]).code_for_node(head))
        self.put(small.with_changes(value=awaited(self.awaitable(i, room))), i)  # type: ignore[call-arg]

    def gather(self, joined: Sequence[int]) -> None:
        if not all(
            gatherable(self.nodes[i]) and not self.detached[i] and not self.writes_output(i)
            for i in joined
        ):
            # (A call writing output is taken on its own: its turn comes once the calls
            # before it are taken.)
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
        args = [
            fitted(
                self.awaitable(i) if k == 0 or i in self.task_of else self.early_call(i), WIDTH - 12
            )
            for k, i in enumerate(joined)
        ]
        call = multiline_call(cst.Attribute(cst.Name(self.runtime), cst.Name("gather")), args)
        target = cst.Tuple(elements=[cst.Element(t) for t in targets], lpar=[], rpar=[])
        if len(cst.Module([]).code_for_node(target)) > WIDTH - 40:
            target = multiline_tuple(targets)  # one name a line, as a formatter would
        stmt = cst.Assign(targets=[cst.AssignTarget(target)], value=awaited(call))
        put = self.put(stmt, joined[0])
        self.origins.gathers[put] = [self.steps[i].origin for i in joined]

    # -- blocks -----------------------------------------------------------------------------

    def block(
        self, node: cst.BaseCompoundStatement, entry: Entry, where: Around
    ) -> cst.BaseCompoundStatement:
        """A compound statement run in place: its header expressions await their calls where
        they stand; each body is compiled on its own, knowing ``entry`` and ``where``."""
        return BlockRewriter(self, entry, where).rewrite(node)

    def suite(
        self,
        block: cst.BaseSuite,
        entry: Entry,
        where: Around,
        binds: cst.CSTNode | None = None,
        in_try: bool = False,
        observed: bool = False,
    ) -> cst.IndentedBlock:
        """``binds``: a target bound on entry to this body (a loop's, ``except ... as``).
        ``in_try``: the body of a ``try``, where a failure may be caught and the program go
        on; a call started early there could not be taken back, so it runs in order.
        ``observed``: the body of a ``try`` with a ``finally``, which sees what it binds."""
        statements: Sequence[cst.BaseStatement]
        if isinstance(block, cst.IndentedBlock):
            statements = block.body
        else:  # `if x: a = 1` on one line
            assert isinstance(block, cst.SimpleStatementSuite)
            statements = [cst.SimpleStatementLine(body=list(block.body))]
        names = set(bound_by_target(binds)) if binds is not None else set()  # type: ignore[arg-type]
        inner = Entry(
            entry.bound | names,
            entry.strs - names,
            entry.sequential or in_try,
            observed=entry.observed or observed,
        )
        body = self.compiled(statements, inner, where) or [cst.SimpleStatementLine([cst.Pass()])]
        return cst.IndentedBlock(body=body)

    def header(self, expr: cst.BaseExpression, rank: int = 0) -> cst.BaseExpression:
        out = unawait(expr, self.calls).visit(
            InlineAwait(self.calls, self.runtime, self.sequential, rank, self.ctx.src)
        )
        out = out.visit(_Bare(self.ctx.src)) if isinstance(out, cst.BaseExpression) else out
        assert isinstance(out, cst.BaseExpression)
        bare = _bare(out)  # (`if await x:`, `for y in await x:`)
        if bare is not out:
            self.ctx.src.rebuilt(bare, out)
        out = bare
        return written_in_turn(out, self.calls, self.runtime, hold=not self.sequential)

    # -- the whole plan ---------------------------------------------------------------------

    def statements(self, plan: Plan) -> list[cst.BaseStatement]:
        """The body for ``plan``: its statements, inside a task scope if one is needed."""
        actions = list(plan.actions)
        waits = [
            s.index
            for s in self.steps
            if self.graph.is_async[s.index] or s.makes_calls or s.fanout is not None
        ]
        self.ranks = ranks(plan, self.graph, waits, beside=self.around.beside)
        k = 0
        while k < len(actions):
            what, i = actions[k]
            if what == "run":
                self.run(i)
                k += 1
                continue
            if what == "chain":
                start_chain(self, i, plan.chains[i])
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
        body: list[cst.BaseStatement] = _dropped(list(self.body), self.steps)
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


def _dropped(body: list[cst.BaseStatement], steps: Sequence[Facts]) -> list[cst.BaseStatement]:
    """``body``, where a name the compiled code renamed is bound anew (``t = Temp(2)``
    written ``t_2 = Temp(2)``), letting go of the object the old name held (``del t``) when
    nothing after reads it: the sequential program drops it there (its ``__del__`` runs, a
    file it was is closed, a weak reference to it dies), not when the function returns.
    Only names bound by an earlier statement of the same body, and named in no function,
    lambda or class of it (a closure would keep reading it)."""
    if all(v == n for s in steps for n, v in s.store_names.items()):
        return body  # nothing renamed (most bodies): no walk
    user = {v: n for s in steps for n, v in (*s.store_names.items(), *s.load_names.items())}
    made = {v: s.index for s in steps for v in s.store_names.values()}  # in program order
    inside = {
        n.value
        for stmt in body
        for d in walk(stmt)
        if isinstance(d, cst.FunctionDef | cst.Lambda | cst.ClassDef)
        for n in walk(d)
        if isinstance(n, cst.Name)
    }
    bound: dict[str, str] = {}  # user's name -> the identifier a plain assignment bound last
    out: list[cst.BaseStatement] = []
    for k, stmt in enumerate(body):
        out.append(stmt)
        if not isinstance(stmt, cst.SimpleStatementLine):
            continue
        for small in stmt.body:
            if not isinstance(small, cst.Assign):
                continue
            for t in small.targets:
                if not isinstance(t.target, cst.Name) or t.target.value not in user:
                    continue
                new = t.target.value
                name = user[new]
                old = bound.get(name)
                bound[name] = new
                if old is None or old == new or old in inside:
                    continue
                if made.get(old, len(steps)) >= made.get(new, -1):
                    continue  # (bound first here, yet a later version: the program holds it)
                later = (n for rest in body[k + 1 :] for n in walk(rest))
                if any(isinstance(n, cst.Name) and n.value == old for n in later):
                    continue
                out.append(cst.SimpleStatementLine([cst.Del(cst.Name(old))]))
    return out


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


class _Bare(cst.CSTTransformer):
    """Drops the parentheses `InlineAwait` puts around an ``await`` where Python needs none:
    the whole value of a statement, an argument, an element, an operand of ``and``/``or``
    (``out.append(await x)``, not ``out.append((await x))``). Elsewhere they stay: ``(await
    x).y`` is not ``await x.y``. What it rebuilds stands where it stood (``src``)."""

    def __init__(self, src: Any = None) -> None:
        super().__init__()
        self.src = src

    def _bare(self, value: Any) -> Any:
        bare = _bare(value)
        if bare is not value and self.src is not None:
            self.src.rebuilt(bare, value)
        return bare

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.Call:
        if self.src is not None:
            self.src.rebuilt(updated_node, original_node)
        return updated_node

    def leave_Await(self, original_node: cst.Await, updated_node: cst.Await) -> cst.Await:
        if self.src is not None:
            self.src.rebuilt(updated_node, original_node)
        return updated_node

    def leave_Arg(self, original_node: cst.Arg, updated_node: cst.Arg) -> cst.Arg:
        return updated_node.with_changes(value=self._bare(updated_node.value))

    def leave_Element(self, original_node: cst.Element, updated_node: cst.Element) -> cst.Element:
        return updated_node.with_changes(value=self._bare(updated_node.value))

    def leave_DictElement(
        self, original_node: cst.DictElement, updated_node: cst.DictElement
    ) -> cst.DictElement:
        return updated_node.with_changes(
            key=self._bare(updated_node.key), value=self._bare(updated_node.value)
        )

    def leave_BooleanOperation(
        self, original_node: cst.BooleanOperation, updated_node: cst.BooleanOperation
    ) -> cst.BooleanOperation:
        return updated_node.with_changes(
            left=self._bare(updated_node.left), right=self._bare(updated_node.right)
        )

    def leave_Expr(self, original_node: cst.Expr, updated_node: cst.Expr) -> cst.Expr:
        return updated_node.with_changes(value=self._bare(updated_node.value))

    def leave_Return(self, original_node: cst.Return, updated_node: cst.Return) -> cst.Return:
        value = updated_node.value
        return updated_node.with_changes(value=self._bare(value) if value is not None else None)

    def leave_Assign(self, original_node: cst.Assign, updated_node: cst.Assign) -> cst.Assign:
        return updated_node.with_changes(value=self._bare(updated_node.value))

    def leave_AnnAssign(
        self, original_node: cst.AnnAssign, updated_node: cst.AnnAssign
    ) -> cst.AnnAssign:
        value = updated_node.value
        return updated_node.with_changes(value=self._bare(value) if value is not None else None)


def _bare(expr: cst.BaseExpression) -> cst.BaseExpression:
    if isinstance(expr, cst.Await) and expr.lpar:
        return expr.with_changes(lpar=[], rpar=[])
    return expr


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
    emitter = Emitter(ctx, steps, graph, entry, compile_body)
    statements = emitter.statements(plan)
    return EmittedSuite(tuple(statements), tuple(emitter.blocks))
