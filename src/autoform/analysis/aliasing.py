"""Alias classes, and what a function's annotations say of its parameters.

Every value a local name holds belongs to an alias class: a set of "atoms" (allocation
sites). Atom `WORLD` is the outside world: globals, parameters that may be mutable, and
whatever unknown code returns or keeps. Classes only ever grow (union-find); a step records
the atoms of a class as they were when it ran (`AliasClasses.snapshot`).
"""

from __future__ import annotations

import libcst as cst

from .calls import dotted_name

__all__ = [
    "WORLD",
    "AliasClasses",
    "immutable_parameters",
    "str_item_parameters",
    "str_parameters",
]

WORLD = 0
IMMUTABLE_ANNOTATIONS = frozenset({"str", "int", "float", "bool", "bytes", "complex"})


class AliasClasses:
    """Union-find over alias classes, each holding its set of atoms."""

    def __init__(self) -> None:
        self.parent: dict[int, int] = {WORLD: WORLD}
        self.atoms: dict[int, set[int]] = {WORLD: {WORLD}}
        self.next = 1

    def new(self) -> int:
        c = self.next
        self.next += 1
        self.parent[c] = c
        self.atoms[c] = {c}
        return c

    def find(self, c: int) -> int:
        while self.parent[c] != c:
            self.parent[c] = self.parent[self.parent[c]]
            c = self.parent[c]
        return c

    def union(self, *classes: int) -> int:
        roots = {self.find(c) for c in classes}
        if not roots:
            return self.new()
        root = WORLD if WORLD in roots else min(roots)
        for r in roots - {root}:
            self.parent[r] = root
            self.atoms[root] |= self.atoms.pop(r)
        return root

    def snapshot(self, classes: set[int]) -> frozenset[int]:
        out: set[int] = set()
        for c in classes:
            out |= self.atoms[self.find(c)]
        return frozenset(out)


def immutable_parameters(func: cst.FunctionDef) -> set[str]:
    """Parameters annotated with an immutable builtin type (``topic: str``)."""
    out: set[str] = set()
    p = func.params
    for param in (*p.posonly_params, *p.params, *p.kwonly_params):
        ann = param.annotation
        if ann is not None and dotted_name(ann.annotation) in IMMUTABLE_ANNOTATIONS:
            out.add(param.name.value)
    return out


def str_parameters(func: cst.FunctionDef) -> set[str]:
    """Parameters annotated ``str``."""
    p = func.params
    return {
        param.name.value
        for param in (*p.posonly_params, *p.params, *p.kwonly_params)
        if param.annotation is not None and dotted_name(param.annotation.annotation) == "str"
    }


# Annotations of a collection whose items are str: `docs: list[str]`.
_COLLECTIONS = frozenset(
    "list List tuple Tuple set Set frozenset FrozenSet Sequence Iterable Collection".split()
)


def str_item_parameters(func: cst.FunctionDef) -> set[str]:
    """Parameters annotated as a collection of str (``docs: list[str]``)."""
    p = func.params
    out: set[str] = set()
    for param in (*p.posonly_params, *p.params, *p.kwonly_params):
        ann = param.annotation.annotation if param.annotation is not None else None
        if not isinstance(ann, cst.Subscript) or not ann.slice:
            continue
        base = dotted_name(ann.value) or ""
        first = ann.slice[0].slice
        if (
            base.rsplit(".", 1)[-1] in _COLLECTIONS
            and isinstance(first, cst.Index)
            and dotted_name(first.value) == "str"
        ):
            out.add(param.name.value)
    return out
