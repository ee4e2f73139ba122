"""Reads and writes of local names, with a fresh version for every rebinding.

Needs: the context, the steps (`normalize.linearize`), the names bound on entry.
Produces: an `Activity` per step: ``reads``/``writes``/``updates`` (versioned names: each
binding of a local gets its own identifier) and the ``load_names``/``store_names`` maps the
emitter uses to rename. Rebinding a name thus creates no false dependency: in
``x = lm(a); y = x; x = lm(b)`` the second ``x`` is ``x_2`` and both calls can overlap.
An augmented assignment (``x += y``) updates the current version in place: it may mutate the
object, so it stays ordered with everything that reads that version.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping, Sequence

import libcst as cst

from ..ir import Activity, Step
from ..syntax.walk import walk
from .calls import CallInfo, CallKind
from .context import CompileContext
from .names import bound_by_target, bound_names, loads, walrus_names
from .scope import Scope

__all__ = ["analyse_activity", "pinned_names"]


def _stores(small: cst.BaseSmallStatement) -> tuple[list[str], list[cst.BaseExpression]]:
    """(names newly bound, expressions evaluated as part of the targets)."""
    if isinstance(small, cst.Assign):
        names: list[str] = []
        exprs: list[cst.BaseExpression] = []
        for t in small.targets:
            names += bound_by_target(t.target)
            exprs += _target_loads(t.target)
        return names, exprs
    if isinstance(small, cst.AnnAssign):
        if small.value is None:
            return [], []
        return bound_by_target(small.target), _target_loads(small.target)
    if isinstance(small, cst.Del):
        return bound_by_target(small.target), _target_loads(small.target)
    if isinstance(small, cst.Import | cst.ImportFrom):
        if isinstance(small.names, cst.ImportStar):
            return [], []
        out = []
        for alias in small.names:
            if alias.asname is not None and isinstance(alias.asname.name, cst.Name):
                out.append(alias.asname.name.value)
            else:
                node: cst.BaseExpression = alias.name
                while isinstance(node, cst.Attribute):
                    node = node.value
                assert isinstance(node, cst.Name)
                out.append(node.value)
        return out, []
    return [], []


def _target_loads(target: cst.BaseExpression) -> list[cst.BaseExpression]:
    """Parts of a target that are read: the object of ``o.attr = ...`` / ``o[k] = ...``."""
    if isinstance(target, cst.Tuple | cst.List):
        return [e for el in target.elements for e in _target_loads(el.value)]
    if isinstance(target, cst.StarredElement):
        return _target_loads(target.value)
    if isinstance(target, cst.Attribute | cst.Subscript):
        return [target]
    return []


def _read_exprs(small: cst.BaseSmallStatement) -> Iterable[cst.CSTNode]:
    if isinstance(small, cst.Assign | cst.AnnAssign):
        if small.value is not None:
            yield small.value
    elif isinstance(small, cst.AugAssign):
        yield small.target
        yield small.value
    elif isinstance(small, cst.Expr | cst.Return):
        if small.value is not None:
            yield small.value
    elif isinstance(small, cst.Raise | cst.Assert):
        yield small


def _may_run_closure(node: cst.CSTNode, calls: Mapping[cst.Call, CallInfo], scope: Scope) -> bool:
    """Might running ``node`` call a nested function or lambda? Any call might, except an
    LM call (or compiled helper) that is not handed one."""
    for n in walk(node):
        if type(n) is not cst.Call:
            continue
        info = calls.get(n)
        if info is None or info.kind is not CallKind.AWAITABLE:
            return True
        if scope.functions.intersection(loads(n)):
            return True
    return False


def pinned_names(steps: Sequence[Step]) -> set[str]:
    """Names bound inside a compound statement: they keep one identifier everywhere (a
    branch may or may not rebind them), ordered like a mutable variable."""
    return {
        n
        for s in steps
        if isinstance(s.node, cst.BaseCompoundStatement)
        for n in bound_names(s.node)
    }


def read_before_bound(steps: Sequence[Step], params: Iterable[str]) -> set[str]:
    """Names a step reads before any step binds them (``v, v = pair(v)``, ``x = f(x)``):
    they keep their own identifier, so that the generated function binds it too and the read
    fails as a local's (UnboundLocalError), not as a global's (NameError)."""
    bound = set(params)
    early: set[str] = set()
    for step in steps:
        small = step.node
        if isinstance(small, cst.BaseCompoundStatement):
            early.update(n for n in loads(small) if n not in bound)
            bound.update(bound_names(small))
            continue
        stored, targets = _stores(small)
        read = [n for e in _read_exprs(small) for n in loads(e)]
        read += [n for e in targets for n in loads(e)]
        early.update(n for n in read if n not in bound)
        bound.update(stored)
        bound.update(walrus_names(small))
    return early


def analyse_activity(
    ctx: CompileContext, steps: Sequence[Step], params: Sequence[str], pinned: Container[str]
) -> tuple[Activity, ...]:
    """``params``: the names bound on entry. ``pinned``: names never renamed (inside a
    block's body, every local of the function)."""
    scope, calls, namer = ctx.scope, ctx.calls, ctx.namer
    out: list[Activity] = []
    current: dict[str, str] = {p: p for p in params}
    count: dict[str, int] = {p: 1 for p in params}
    for step in steps:
        small = step.node
        closure_writes: list[str] = []
        if isinstance(small, cst.BaseCompoundStatement):
            stored, target_exprs = bound_names(small), list[cst.BaseExpression]()
            read_names = loads(small)
        else:
            stored, target_exprs = _stores(small)
            stored += walrus_names(small)
            read_names = [n for e in _read_exprs(small) for n in loads(e)]
        if (scope.captured or scope.closure_writes) and _may_run_closure(small, calls, scope):
            read_names += sorted(scope.captured)
            closure_writes = sorted(scope.closure_writes)
        stored = [n for n in stored if n not in scope.declared]
        read_names += [n for e in target_exprs for n in loads(e)]
        # Only function locals are versioned; anything else is a global or a builtin.
        load_map = {n: current[n] for n in read_names if n in current}
        reads = set(load_map.values())
        store_map: dict[str, str] = {}
        updates: set[str] = set()
        if isinstance(small, cst.AugAssign) and isinstance(small.target, cst.Name):
            name = small.target.value
            if name in current:
                updates.add(current[name])
                store_map[name] = current[name]
        for name in closure_writes:
            current.setdefault(name, name)
            updates.add(current[name])
        for name in stored:
            if name in pinned:
                # One identifier throughout: the binding updates the variable in place.
                current.setdefault(name, name)
                updates.add(name)
                store_map[name] = name
                continue
            count[name] = count.get(name, 0) + 1
            emitted = name if count[name] == 1 else namer.prefer(f"{name}_{count[name]}")
            store_map[name] = emitted
        for name, emitted in store_map.items():
            current[name] = emitted
        out.append(
            Activity(
                reads=frozenset(reads),
                writes=frozenset(v for k, v in store_map.items() if k in stored) - updates,
                updates=frozenset(updates),
                load_names=load_map,
                store_names=store_map,
            )
        )
    return tuple(out)
