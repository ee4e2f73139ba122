"""Which names an expression reads and a statement binds, minding inner scopes.

Comprehensions and lambdas bind names of their own; a name they bind is not the function's
local, and renaming must leave it alone. Shared by the activity analysis (which reads) and
the emitter's renamer (which rewrites), so both agree on what a name refers to.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

import libcst as cst

from ..syntax.layout import Rebuilt
from ..syntax.walk import children

__all__ = [
    "bound_by_target",
    "bound_names",
    "declared_names",
    "function_locals",
    "loads",
    "own_scope",
    "rename",
    "variables",
    "walrus_names",
]


def bound_by_target(target: cst.BaseExpression) -> list[str]:
    """Names a plain assignment target binds (``a``, ``a, (b, *c)``); not attributes/items."""
    if isinstance(target, cst.Name):
        return [target.value]
    if isinstance(target, cst.Tuple | cst.List):
        return [n for el in target.elements for n in bound_by_target(el.value)]
    if isinstance(target, cst.StarredElement):
        return bound_by_target(target.value)
    return []


def _comp_bound(node: cst.BaseComp | cst.DictComp) -> set[str]:
    bound: set[str] = set()
    comp: cst.CompFor | None = node.for_in
    while comp is not None:
        bound.update(bound_by_target(comp.target))
        comp = comp.inner_for_in
    return bound


def _lambda_bound(node: cst.Lambda) -> set[str]:
    p = node.params
    bound = {x.name.value for x in (*p.posonly_params, *p.params, *p.kwonly_params)}
    for star in (p.star_arg, p.star_kwarg):
        if isinstance(star, cst.Param):
            bound.add(star.name.value)
    return bound


_COMPS = (cst.ListComp, cst.SetComp, cst.GeneratorExp, cst.DictComp)


def variables(node: cst.CSTNode) -> list[cst.Name]:
    """The Name nodes under ``node`` that refer to function-scope (or global) variables:
    not attribute or keyword names, nor names a comprehension or lambda binds for itself."""
    return list(_variables(node))


@functools.lru_cache(maxsize=4096)  # nodes never change: several analyses ask about each
def _variables(node: cst.CSTNode) -> tuple[cst.Name, ...]:
    out: list[cst.Name] = []

    def visit(n: cst.CSTNode, hidden: frozenset[str]) -> None:
        if isinstance(n, cst.Name):
            if n.value not in hidden:
                out.append(n)
        elif isinstance(n, (cst.Attribute, cst.Arg)):
            visit(n.value, hidden)
        elif isinstance(n, cst.Param):
            for part in (n.annotation, n.default):
                if part is not None:
                    visit(part, hidden)
        elif isinstance(n, _COMPS):
            # The first iterable is evaluated in the enclosing scope; the rest inside.
            visit(n.for_in.iter, hidden)
            inner = hidden | _comp_bound(n)
            for child in children(n):
                if child is n.for_in:
                    comp: cst.CompFor | None = n.for_in
                    while comp is not None:
                        if comp is not n.for_in:
                            visit(comp.iter, inner)
                        for cond in comp.ifs:
                            visit(cond.test, inner)
                        comp = comp.inner_for_in
                else:
                    visit(child, inner)
        elif isinstance(n, cst.Lambda):
            visit(n.params, hidden)
            visit(n.body, hidden | _lambda_bound(n))
        elif isinstance(n, cst.FunctionDef):
            # A nested function: its decorators and defaults are read where it is defined,
            # its body reads what it does not bind itself (names it closes over).
            pieces: list[cst.CSTNode | None] = [*n.decorators, n.params, n.returns]
            for piece in pieces:
                if piece is not None:
                    visit(piece, hidden)
            visit(n.body, hidden | function_locals(n))
        else:
            for child in children(n):
                visit(child, hidden)

    visit(node, frozenset())
    return tuple(out)


def function_locals(func: cst.FunctionDef) -> frozenset[str]:
    """The names a (nested) function binds for itself: its parameters and what its body
    binds, less what it declares ``global`` or ``nonlocal``."""
    p = func.params
    names = {x.name.value for x in (*p.posonly_params, *p.params, *p.kwonly_params)}
    for star in (p.star_arg, p.star_kwarg):
        if isinstance(star, cst.Param):
            names.add(star.name.value)
    names.update(bound_names(func.body))
    return frozenset(names - declared_names(func.body))


def declared_names(body: cst.CSTNode) -> set[str]:
    """Names a function body declares ``global`` or ``nonlocal`` (not its nested functions)."""
    return {
        item.name.value
        for n in own_scope(body)
        if type(n) in (cst.Global, cst.Nonlocal)
        for item in n.names  # type: ignore[attr-defined]
    }


_SCOPES = frozenset([cst.FunctionDef, cst.ClassDef, cst.Lambda])


@functools.lru_cache(maxsize=1024)  # nodes never change: several stages ask about each
def own_scope(node: cst.CSTNode) -> tuple[cst.CSTNode, ...]:
    """The nodes under ``node`` in its scope: nested functions and lambdas appear, their
    insides do not."""
    out: list[cst.CSTNode] = []
    stack = [node]
    while stack:
        n = stack.pop()
        out.append(n)
        # type() against a set: libcst's classes are ABCs, and isinstance on them is slow
        if n is not node and type(n) in _SCOPES:
            continue
        stack.extend(reversed(list(children(n))))
    return tuple(out)


def loads(node: cst.CSTNode) -> list[str]:
    """The function-scope names ``node`` mentions, in order of appearance."""
    return [n.value for n in variables(node)]


class _Rename(cst.CSTTransformer):
    def __init__(
        self, targets: set[cst.Name], mapping: Mapping[str, str], rebuilt: Rebuilt | None
    ) -> None:
        self.targets = targets
        self.mapping = mapping
        self.rebuilt = rebuilt

    def leave_Call(self, original_node: cst.Call, updated_node: cst.Call) -> cst.Call:
        if self.rebuilt is not None:
            self.rebuilt(updated_node, original_node)  # keep what a call is known as
        return updated_node

    def leave_Name(self, original_node: cst.Name, updated_node: cst.Name) -> cst.Name:
        if original_node in self.targets:
            new = self.mapping.get(original_node.value)
            if new is not None:
                return updated_node.with_changes(value=new)
        return updated_node


def rename(
    node: cst.CSTNode, mapping: Mapping[str, str], rebuilt: Rebuilt | None = None
) -> cst.CSTNode:
    """``node`` with its function-scope names renamed by ``mapping``; ``rebuilt`` is told of
    the call nodes the renaming rebuilds (see `CallTable.rebuilt`)."""
    if not mapping:
        return node
    targets = {n for n in variables(node) if mapping.get(n.value, n.value) != n.value}
    if not targets:
        return node
    renamed = node.visit(_Rename(targets, mapping, rebuilt))
    assert isinstance(renamed, cst.CSTNode)
    return renamed


_TARGETED = frozenset(
    [cst.AssignTarget, cst.AnnAssign, cst.AugAssign, cst.For, cst.NamedExpr, cst.Del]
)
_OTHER_BINDERS = frozenset(
    [
        cst.AsName,
        cst.MatchAs,
        cst.MatchStar,
        cst.MatchMapping,
        cst.ImportAlias,
        cst.FunctionDef,
        cst.ClassDef,
    ]
)


def bound_names(node: cst.CSTNode) -> list[str]:
    """Every function-scope name a statement (with everything nested in it) binds:
    assignment, loop, ``with``/``except`` and ``match`` targets, imports, ``:=``, ``del``,
    and the name of a nested function (not what its body binds)."""
    if isinstance(node, cst.FunctionDef | cst.ClassDef):
        return [node.name.value]
    out: list[str] = []
    for n in own_scope(node):
        kind = type(n)
        if kind in _TARGETED:
            out += bound_by_target(n.target)  # type: ignore[attr-defined]
            continue
        if kind not in _OTHER_BINDERS:
            continue
        if isinstance(n, cst.AsName) and isinstance(n.name, cst.Name):
            out.append(n.name.value)  # with ... as x, except E as x, import a as x
        elif isinstance(n, cst.MatchAs | cst.MatchStar) and n.name is not None:
            out.append(n.name.value)
        elif isinstance(n, cst.MatchMapping) and n.rest is not None:
            out.append(n.rest.value)
        elif isinstance(n, cst.ImportAlias) and n.asname is None:
            head: cst.BaseExpression = n.name
            while isinstance(head, cst.Attribute):
                head = head.value
            if isinstance(head, cst.Name):
                out.append(head.value)
        elif isinstance(n, cst.FunctionDef | cst.ClassDef):
            out.append(n.name.value)
    return out


def walrus_names(node: cst.CSTNode) -> list[str]:
    """Names bound by ``:=`` in ``node`` (its own scope)."""
    return [
        name
        for n in own_scope(node)
        if type(n) is cst.NamedExpr
        for name in bound_by_target(n.target)  # type: ignore[attr-defined]
    ]
