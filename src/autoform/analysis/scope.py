"""What the function says about its names as a whole, before it is cut into steps.

Needs: the function's tree. Produces: a `Scope`: names declared ``global``/``nonlocal`` (and
the declarations, which the emitter puts first), the locals that nested functions and
lambdas read or rebind when they run, and the names bound by ``:=`` or unbound by ``del``.
"""

from __future__ import annotations

from dataclasses import dataclass

import libcst as cst

from .calls import local_names
from .names import bound_by_target, declared_names, own_scope, variables, walrus_names
from .walk import walk

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
    functions: frozenset[str] = frozenset()  # names bound to a nested function or a lambda
    declarations: tuple[cst.Global | cst.Nonlocal, ...] = ()


def function_scope(func: cst.FunctionDef) -> Scope:
    nodes = own_scope(func.body)
    declared = declared_names(func.body)
    local = local_names(func) - declared
    captured: set[str] = set()
    closure_writes: set[str] = set()
    for node in nodes:
        if isinstance(node, cst.FunctionDef | cst.Lambda):
            captured |= {n.value for n in variables(node)} & local
        if isinstance(node, cst.FunctionDef):
            captured.add(node.name.value)  # defined twice, it is one name all along
            for inner in walk(node.body):
                if isinstance(inner, cst.Nonlocal):
                    closure_writes |= {item.name.value for item in inner.names} & local
    functions = {n.name.value for n in nodes if isinstance(n, cst.FunctionDef)}
    for node in nodes:
        if isinstance(node, cst.Assign) and isinstance(node.value, cst.Lambda):
            functions.update(n for t in node.targets for n in bound_by_target(t.target))
    rebound = set(walrus_names(func.body))
    for node in nodes:
        if isinstance(node, cst.Del):
            rebound.update(bound_by_target(node.target))
    declarations = [
        type(node)(names=[cst.NameItem(cst.Name(item.name.value)) for item in node.names])
        for node in nodes
        if isinstance(node, cst.Global | cst.Nonlocal)
    ]
    return Scope(
        declared=frozenset(declared),
        captured=frozenset(captured),
        closure_writes=frozenset(closure_writes),
        rebound=frozenset(rebound & local),
        functions=frozenset(functions & local),
        declarations=tuple(declarations),
    )
