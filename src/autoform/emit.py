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

from collections.abc import Sequence
from dataclasses import dataclass, field

import libcst as cst

from .analysis.names import rename
from .ir import Origin, Step
from .normalize import WIDTH, Namer, fitted
from .schedule import Plan
from .source import FunctionSource

__all__ = ["Emitted", "emit"]


@dataclass
class Emitted:
    """The generated function, and where each of its statements came from: one entry per
    statement of the body (inside the task scope, if any), in order; for a gather, the
    origins of its awaitables too."""

    func: cst.FunctionDef
    origins: list[tuple[Origin, list[Origin]]] = field(default_factory=list)
    uses_tasks: bool = False
    has_docstring: bool = False


def _rename_target(target: cst.BaseExpression, step: Step) -> cst.BaseExpression:
    if isinstance(target, cst.Name):
        new = step.store_names.get(target.value)
        return target.with_changes(value=new) if new else target
    if isinstance(target, cst.Tuple | cst.List):
        return target.with_changes(
            elements=[
                el.with_changes(value=_rename_target(el.value, step)) for el in target.elements
            ]
        )
    if isinstance(target, cst.StarredElement):
        return target.with_changes(value=_rename_target(target.value, step))
    out = rename(target, step.load_names)
    assert isinstance(out, cst.BaseExpression)
    return out


def renamed(step: Step) -> cst.BaseSmallStatement:
    """The step's statement with every name replaced by the version it refers to."""
    small = step.node
    load = step.load_names
    if isinstance(small, cst.Assign):
        return small.with_changes(
            targets=[t.with_changes(target=_rename_target(t.target, step)) for t in small.targets],
            value=rename(small.value, load),
        )
    if isinstance(small, cst.AnnAssign):
        return small.with_changes(
            target=_rename_target(small.target, step),
            value=rename(small.value, load) if small.value is not None else None,
        )
    if isinstance(small, cst.AugAssign):
        target = small.target
        new_target = (
            _rename_target(target, step) if isinstance(target, cst.Name) else rename(target, load)
        )
        return small.with_changes(target=new_target, value=rename(small.value, load))
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
    out = rename(small, load)
    assert isinstance(out, cst.BaseSmallStatement)
    return out


def _acall(call: cst.Call) -> cst.Call:
    """``prim(args)`` -> ``prim.acall(args)``: the user's own spelling of the callee."""
    return call.with_changes(func=cst.Attribute(call.func, cst.Name("acall")))


def _await(expr: cst.BaseExpression) -> cst.Await:
    return cst.Await(expression=expr)


def _line(
    small: cst.BaseSmallStatement, leading: Sequence[cst.EmptyLine] = ()
) -> cst.SimpleStatementLine:
    return cst.SimpleStatementLine(body=[small], leading_lines=list(leading))


def _multiline_call(
    func: cst.BaseExpression, args: Sequence[cst.BaseExpression], trailing_comma: bool = True
) -> cst.Call:
    def newline(indent: str) -> cst.ParenthesizedWhitespace:
        return cst.ParenthesizedWhitespace(
            first_line=cst.TrailingWhitespace(),
            indent=True,
            last_line=cst.SimpleWhitespace(indent),
        )

    arguments = [cst.Arg(value=a, comma=cst.Comma(whitespace_after=newline("    "))) for a in args]
    last = arguments[-1]
    arguments[-1] = (
        last.with_changes(comma=cst.Comma(whitespace_after=newline("")))
        if trailing_comma
        else last.with_changes(comma=cst.MaybeSentinel.DEFAULT, whitespace_after_arg=newline(""))
    )
    return cst.Call(func=func, whitespace_before_args=newline("    "), args=arguments)


class _Emitter:
    def __init__(
        self, src: FunctionSource, steps: Sequence[Step], namer: Namer, runtime: str
    ) -> None:
        self.src = src
        self.steps = steps
        self.namer = namer
        self.runtime = runtime
        self.tasks_name: str | None = None
        self.task_of: dict[int, str] = {}
        self.body: list[cst.BaseStatement] = []
        self.origins: list[tuple[Origin, list[Origin]]] = []
        self.commented: set[int] = set()
        self.nodes = {s.index: renamed(s) for s in steps}

    # -- pieces -----------------------------------------------------------------------------

    def _call(self, i: int) -> cst.Call:
        value = getattr(self.nodes[i], "value", None)
        assert isinstance(value, cst.Call)
        return _acall(value)

    def _put(self, small: cst.BaseSmallStatement, i: int) -> cst.SimpleStatementLine:
        # The user's comments above a statement go with its first appearance only.
        leading = () if i in self.commented else self.steps[i].leading_lines
        self.commented.add(i)
        line = _line(small, leading)
        self.body.append(line)
        self.origins.append((self.steps[i].origin, []))
        return line

    def _tasks(self) -> str:
        if self.tasks_name is None:
            self.tasks_name = self.namer.prefer("tasks")
        return self.tasks_name

    def start_task(self, i: int) -> None:
        small = self.nodes[i]
        targets = _single_targets(small)
        base = targets[0].value if targets and isinstance(targets[0], cst.Name) else "call"
        name = self.namer.prefer(f"{base}_task")
        self.task_of[i] = name
        func = cst.Attribute(cst.Name(self._tasks()), cst.Name("start"))
        coro = fitted(self._call(i), WIDTH - 12)
        start = cst.Call(func=func, args=[cst.Arg(coro)])
        if len(cst.Module([]).code_for_node(start)) + len(name) + 11 > WIDTH:
            start = _multiline_call(func, [coro], trailing_comma=False)
        self._put(cst.Assign(targets=[cst.AssignTarget(cst.Name(name))], value=start), i)

    def _awaitable(self, i: int) -> cst.BaseExpression:
        return cst.Name(self.task_of.pop(i)) if i in self.task_of else self._call(i)

    def run(self, i: int) -> None:
        small = self.nodes[i]
        if self.steps[i].primitive and isinstance(small, cst.Return):
            small = small.with_changes(value=_await(self._call(i)))
        self._put(small, i)

    def join_one(self, i: int) -> None:
        small = self.nodes[i]
        self._put(small.with_changes(value=_await(self._awaitable(i))), i)  # type: ignore[call-arg]

    def gather(self, joined: Sequence[int]) -> None:
        if not all(_gatherable(self.nodes[i]) for i in joined):
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
        call = _multiline_call(cst.Attribute(cst.Name(self.runtime), cst.Name("gather")), args)
        target = cst.Tuple(elements=[cst.Element(t) for t in targets], lpar=[], rpar=[])
        stmt = cst.Assign(targets=[cst.AssignTarget(target)], value=_await(call))
        self._put(stmt, joined[0])
        self.origins[-1][1].extend(self.steps[i].origin for i in joined)

    # -- the whole plan ---------------------------------------------------------------------

    def emit(self, plan: Plan, docstring: cst.BaseExpression | None) -> Emitted:
        actions = list(plan.actions)
        k = 0
        while k < len(actions):
            what, i = actions[k]
            if what == "run":
                self.run(i)
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
            for s in starts:
                if s not in joins:
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
        if docstring is not None:
            body.insert(0, cst.SimpleStatementLine(body=[cst.Expr(docstring)]))
        if not body:
            body = [cst.SimpleStatementLine(body=[cst.Pass()])]
        func = self.src.func.with_changes(
            asynchronous=cst.Asynchronous(),
            decorators=(),
            leading_lines=(),
            body=self.src.func.body.with_changes(body=body),
        )
        return Emitted(func, self.origins, self.tasks_name is not None, docstring is not None)


def _single_targets(small: cst.BaseSmallStatement) -> list[cst.BaseExpression]:
    if isinstance(small, cst.Assign):
        return [t.target for t in small.targets]
    if isinstance(small, cst.AnnAssign):
        return [small.target]
    return []


def _gatherable(small: cst.BaseSmallStatement) -> bool:
    return (isinstance(small, cst.Assign) and len(small.targets) == 1) or isinstance(
        small, cst.Expr
    )


def emit(
    src: FunctionSource,
    docstring: cst.BaseExpression | None,
    steps: Sequence[Step],
    plan: Plan,
    namer: Namer,
    runtime: str,
) -> Emitted:
    return _Emitter(src, steps, namer, runtime).emit(plan, docstring)
