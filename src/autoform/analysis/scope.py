"""What the function says about its names as a whole, before it is cut into steps.

Needs: the function's tree. Produces: a `Scope`: names declared ``global``/``nonlocal`` (and
the declarations, which the emitter puts first), the locals that nested functions and
lambdas read or rebind when they run, and the names bound by ``:=`` or unbound by ``del``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import libcst as cst

from ..syntax.walk import walk
from .calls import local_names
from .names import bound_by_target, declared_names, own_scope, variables, walrus_names

__all__ = ["Scope", "function_scope"]


@dataclass(frozen=True)
class Scope:
    """What the whole function says about its names, for every body in it.

    ``declared``: names declared ``global``/``nonlocal``: not locals, never versioned.
    ``captured``: locals that nested functions and lambdas read when they run: any step
    that makes a call may run one, so it reads them all. ``closure_writes``: locals a nested
    function rebinds (``nonlocal``): a step that makes a call may update them."""

    declared: frozenset[str] = frozenset()
    captured: frozenset[str] = frozenset()
    closure_writes: frozenset[str] = frozenset()
    rebound: frozenset[str] = frozenset()  # bound by `:=` or unbound by `del`: kept pinned
    shown: frozenset[str] = frozenset()  # named in an f-string's `{x=}`: its text is the name
    functions: frozenset[str] = frozenset()  # names bound to a nested function or a lambda
    declarations: tuple[cst.Global | cst.Nonlocal, ...] = ()


def function_scope(func: cst.FunctionDef) -> Scope:
    nodes = own_scope(func.body)
    # Sorted by type() once (libcst's classes are ABCs: isinstance on them is slow).
    by_type: dict[type, list[Any]] = {}
    for node in nodes:
        by_type.setdefault(type(node), []).append(node)
    defs: list[cst.FunctionDef] = by_type.get(cst.FunctionDef, [])
    lambdas: list[cst.Lambda] = by_type.get(cst.Lambda, [])
    declared = declared_names(func.body)
    local = local_names(func) - declared
    captured: set[str] = set()
    closure_writes: set[str] = set()
    for node in [*defs, *lambdas]:
        captured |= {n.value for n in variables(node)} & local
    for d in defs:
        captured.add(d.name.value)  # defined twice, it is one name all along
        for inner in walk(d.body):
            if isinstance(inner, cst.Nonlocal):
                closure_writes |= {item.name.value for item in inner.names} & local
    functions = {d.name.value for d in defs}
    for assign in by_type.get(cst.Assign, []):
        if isinstance(assign.value, cst.Lambda):
            functions.update(n for t in assign.targets for n in bound_by_target(t.target))
    rebound = set(walrus_names(func.body))
    shown = {
        n.value
        for part in by_type.get(cst.FormattedStringExpression, [])
        if part.equal is not None
        for n in variables(part.expression)
    }
    for deleted in by_type.get(cst.Del, []):
        rebound.update(bound_by_target(deleted.target))
    stated: list[cst.Global | cst.Nonlocal] = [
        n for n in nodes if type(n) is cst.Global or type(n) is cst.Nonlocal
    ]  # type: ignore[misc]
    declarations = tuple(
        type(node)(names=[cst.NameItem(cst.Name(item.name.value)) for item in node.names])
        for node in stated
    )
    return Scope(
        declared=frozenset(declared),
        captured=frozenset(captured),
        closure_writes=frozenset(closure_writes),
        rebound=frozenset(rebound & local),
        shown=frozenset(shown & local),
        functions=frozenset(functions & local),
        declarations=declarations,
    )
