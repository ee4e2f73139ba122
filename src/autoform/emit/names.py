"""The emitter's view of one statement: renamed to the versions it reads and binds, and
its primitive calls written as the awaitable twins the generated code awaits."""

from __future__ import annotations

from typing import TypeVar, cast

import libcst as cst

from ..analysis.ambient import changes_client, installs_any
from ..analysis.calls import CallInfo, CallKind, CallTable
from ..analysis.names import rename
from ..ir import Facts
from ..source import FunctionSource
from ..syntax.walk import walk
from .ranking import ranked

__all__ = [
    "InlineAwait",
    "acall",
    "gatherable",
    "installing_client",
    "renamed",
    "single_targets",
]


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


def acall(
    call: cst.Call,
    info: CallInfo | None,
    runtime: str,
    in_order: bool = False,
    src: FunctionSource | None = None,
    original: cst.Call | None = None,
) -> cst.Call:
    """`_acall`, which stands where the user's call (``original``, else ``call``) stands:
    a failure in it is reported at the call's own place (`load`)."""
    made = _acall(call, info, runtime, in_order)
    if src is not None:
        src.rebuilt(made, original or call)
    return made


def _acall(call: cst.Call, info: CallInfo | None, runtime: str, in_order: bool) -> cst.Call:
    """``prim(args)`` -> ``prim.acall(args)``: the user's own spelling of the callee; for a
    helper of the user's, compiled too, ``_af.acall(helper, args)``, and where a failure may
    be caught (``in_order``: a `try` body), ``_af.acall_in_order(helper, args)``, whose
    calls run one after another as written (``_af.aawait``, ``_af.aawait_in_order`` for an
    ``async def`` helper, which the user awaited); for a primitive of the user's,
    ``_af.prim(prim).acall(args)``. A client's LM method,
    ``client.chat.completions.create(args)``, becomes ``_af.lm_method(client,
    "chat.completions.create", args)`` (``lm_amethod`` where the user awaited it), which
    decides by the receiver's runtime type."""
    if info is not None and info.method is not None:
        receiver, path = call.func, info.method.path
        for _ in path.split(".") if path else ():
            assert isinstance(receiver, cst.Attribute)
            receiver = receiver.value
        name = "lm_amethod" if info.method.awaited else "lm_method"
        func = cst.Attribute(cst.Name(runtime), cst.Name(name))
        where = cst.SimpleString(repr(path))
        return call.with_changes(func=func, args=[cst.Arg(receiver), cst.Arg(where), *call.args])
    if info is not None and info.helper is not None:
        name = "aawait" if info.helper.is_async else "acall"
        name += "_in_order" if in_order else ""
        func = cst.Attribute(cst.Name(runtime), cst.Name(name))
        return call.with_changes(func=func, args=[cst.Arg(call.func), *call.args])
    spec = info.spec if info is not None else None
    if spec is not None and not spec.qualname.startswith("autoform."):
        # The user's own primitive: the name is looked up when the call runs, and may then
        # be bound to something else (a `mock.patch` in the function): ``_af.prim`` says.
        prim = cst.Call(cst.Attribute(cst.Name(runtime), cst.Name("prim")), [cst.Arg(call.func)])
        return call.with_changes(func=cst.Attribute(prim, cst.Name("acall")))
    return call.with_changes(func=cst.Attribute(call.func, cst.Name("acall")))


_N = TypeVar("_N", bound=cst.CSTNode)


def _calls_runtime(call: cst.Call, runtime: str, name: str) -> bool:
    """Is ``call`` already ``_af.<name>(...)``?"""
    func = call.func
    return (
        isinstance(func, cst.Attribute)
        and func.attr.value == name
        and isinstance(func.value, cst.Name)
        and func.value.value == runtime
    )


def _through(runtime: str, name: str, call: cst.Call) -> cst.Call:
    """``f(args)`` -> ``_af.<name>(f, args)``."""
    wrapper = cst.Attribute(cst.Name(runtime), cst.Name(name))
    return call.with_changes(func=wrapper, args=[cst.Arg(call.func), *call.args])


class _Wrapper(cst.CSTTransformer):
    """A rewrite of a step's calls that keeps each rebuilt node's call info and place."""

    def __init__(self, calls: CallTable, runtime: str) -> None:
        self.calls = calls
        self.runtime = runtime

    def on_leave(self, original_node, updated_node):  # type: ignore[no-untyped-def]
        out = super().on_leave(original_node, updated_node)
        if isinstance(out, cst.CSTNode):
            self.calls.rebuilt(out, original_node)  # keeps the node's place in the user's file
        return out


class _Installs(_Wrapper):
    def __init__(self, calls: CallTable, runtime: str, wrap: set[cst.Call]) -> None:
        super().__init__(calls, runtime)
        self.wrap = wrap

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.BaseExpression:
        if original_node not in self.wrap:
            return updated_node
        return _through(self.runtime, "installing_client", updated_node)


def installing_client(node: _N, calls: CallTable, runtime: str) -> _N:
    """``stack.enter_context(af.lm_client(c))`` ->
    ``_af.installing_client(stack.enter_context, af.lm_client(c))``: the outermost call of a
    step the analysis saw install an LM client (`analysis.ambient`), run so that the client
    it installs is expected (an unseen one is refused when it is entered)."""
    if not installs_any(calls):
        return node
    in_with = {item.item for n in walk(node) if isinstance(n, cst.With) for item in n.items}
    done = {
        c
        for n in walk(node)
        if isinstance(n, cst.Call) and _calls_runtime(n, runtime, "installing_client")
        for c in walk(n)
    }
    nested = {c for n in walk(node) if isinstance(n, cst.FunctionDef | cst.Lambda) for c in walk(n)}
    found = [
        n
        for n in walk(node)
        if isinstance(n, cst.Call)
        and n not in nested  # (a function's body runs when called: see `lm.lm_client`)
        and n not in in_with
        and n not in done
        and changes_client(n, calls)
    ]
    inner = {c for n in found for c in walk(n) if c is not n}
    wrap = {n for n in found if n not in inner}
    if not wrap:
        return node
    return cast(_N, node.visit(_Installs(calls, runtime, wrap)))


def single_targets(small: cst.CSTNode) -> list[cst.BaseExpression]:
    if isinstance(small, cst.Assign):
        return [t.target for t in small.targets]
    if isinstance(small, cst.AnnAssign):
        return [small.target]
    return []


def gatherable(small: cst.CSTNode) -> bool:
    """A step one ``a, b = await _af.gather(...)`` can take with others: a call's value
    bound to one name (which cannot fail), or dropped. (Unpacking may fail, and must then
    fail in its turn, before a later call's failure; nor is a target a tuple's element.)"""
    if isinstance(small, cst.Assign):
        return len(small.targets) == 1 and isinstance(small.targets[0].target, cst.Name)
    return isinstance(small, cst.Expr)


class InlineAwait(cst.CSTTransformer):
    """``prim(args)`` -> ``(await prim.acall(args))``, where the call stands; under a
    ``rank``, ``(await _af.ranked(rank, prim.acall(args)))``."""

    def __init__(
        self,
        calls: CallTable,
        runtime: str,
        in_order: bool = False,
        rank: int = 0,
        src: FunctionSource | None = None,
    ) -> None:
        self.calls = calls
        self.runtime = runtime
        self.in_order = in_order
        self.rank = rank
        self.src = src

    def leave_Await(self, original_node: cst.Await, updated_node: cst.Await) -> cst.Await:
        if self.src is not None:
            self.src.rebuilt(updated_node, original_node)  # (`await _af.listed(...)`'s place)
        return updated_node

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.BaseExpression:
        info = self.calls.get(original_node)
        if info is None or info.kind is not CallKind.AWAITABLE:
            if self.src is not None:
                self.src.rebuilt(updated_node, original_node)  # (it stands where it stood)
            return updated_node
        aw = acall(updated_node, info, self.runtime, self.in_order, self.src, original_node)
        made = cst.Await(
            expression=ranked(self.runtime, self.rank, aw),
            lpar=[cst.LeftParen()],
            rpar=[cst.RightParen()],
        )
        if self.src is not None:
            self.src.rebuilt(made, original_node)
        return made
