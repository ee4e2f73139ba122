"""Which names an expression reads and a statement binds, minding inner scopes.

Comprehensions and lambdas bind names of their own; a name they bind is not the function's
local, and renaming must leave it alone. Shared by the activity analysis (which reads) and
the emitter's renamer (which rewrites), so both agree on what a name refers to.
"""

from __future__ import annotations

import libcst as cst

__all__ = ["bound_by_target", "loads", "rename", "variables"]


def bound_by_target(target: cst.BaseExpression) -> list[str]:
    """Names a plain assignment target binds (``a``, ``a, (b, *c)``); not attributes/items."""
    if isinstance(target, cst.Name):
        return [target.value]
    if isinstance(target, cst.Tuple | cst.List):
        return [n for el in target.elements for n in bound_by_target(el.value)]
    if isinstance(target, cst.StarredElement):
        return bound_by_target(target.value)
    return []


class _AllNames(cst.CSTVisitor):
    def __init__(self) -> None:
        self.names: list[cst.Name] = []

    def visit_Name(self, node: cst.Name) -> None:
        self.names.append(node)


def _names_under(node: cst.CSTNode) -> list[cst.Name]:
    v = _AllNames()
    node.visit(v)
    return v.names


class _NotVariables(cst.CSTVisitor):
    """Name nodes that are not references to the function's variables."""

    def __init__(self) -> None:
        self.skip: set[cst.Name] = set()

    def visit_Attribute(self, node: cst.Attribute) -> None:
        self.skip.add(node.attr)

    def visit_Arg(self, node: cst.Arg) -> None:
        if node.keyword is not None:
            self.skip.add(node.keyword)

    def visit_Param(self, node: cst.Param) -> None:
        self.skip.add(node.name)

    def _comprehension(self, node: cst.BaseComp | cst.DictComp) -> None:
        bound: set[str] = set()
        comp: cst.CompFor | None = node.for_in
        while comp is not None:
            bound.update(bound_by_target(comp.target))
            comp = comp.inner_for_in
        # The first iterable is evaluated in the enclosing scope; the rest is the inner one.
        outer = set(_names_under(node.for_in.iter))
        self.skip.update(n for n in _names_under(node) if n.value in bound and n not in outer)

    def visit_ListComp(self, node: cst.ListComp) -> None:
        self._comprehension(node)

    def visit_SetComp(self, node: cst.SetComp) -> None:
        self._comprehension(node)

    def visit_GeneratorExp(self, node: cst.GeneratorExp) -> None:
        self._comprehension(node)

    def visit_DictComp(self, node: cst.DictComp) -> None:
        self._comprehension(node)

    def visit_Lambda(self, node: cst.Lambda) -> None:
        p = node.params
        bound = {x.name.value for x in (*p.posonly_params, *p.params, *p.kwonly_params)}
        for star in (p.star_arg, p.star_kwarg):
            if isinstance(star, cst.Param):
                bound.add(star.name.value)
        self.skip.update(n for n in _names_under(node.body) if n.value in bound)


def variables(node: cst.CSTNode) -> list[cst.Name]:
    """The Name nodes under ``node`` that refer to function-scope (or global) variables."""
    v = _NotVariables()
    node.visit(v)
    return [n for n in _names_under(node) if n not in v.skip]


def loads(node: cst.CSTNode) -> list[str]:
    """The function-scope names ``node`` mentions, in order of appearance."""
    return [n.value for n in variables(node)]


class _Rename(cst.CSTTransformer):
    def __init__(self, targets: set[cst.Name], mapping: dict[str, str]) -> None:
        self.targets = targets
        self.mapping = mapping

    def leave_Name(self, original_node: cst.Name, updated_node: cst.Name) -> cst.Name:
        if original_node in self.targets:
            new = self.mapping.get(original_node.value)
            if new is not None:
                return updated_node.with_changes(value=new)
        return updated_node


def rename(node: cst.CSTNode, mapping: dict[str, str]) -> cst.CSTNode:
    """``node`` with its function-scope names renamed by ``mapping``."""
    if not mapping:
        return node
    return node.visit(_Rename(set(variables(node)), mapping))
