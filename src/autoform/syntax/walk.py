"""A fast read-only walk over libcst trees.

libcst's visitors rebuild every node they pass, which costs more than the whole of our
analysis; reading the dataclass fields directly is an order of magnitude cheaper. Fields are
read in declaration order, which for expressions is the order Python evaluates them.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterator

import libcst as cst

__all__ = ["children", "walk", "walk_all"]

_FIELDS: dict[type, tuple[str, ...]] = {}


def _fields(kind: type) -> tuple[str, ...]:
    names = _FIELDS.get(kind)
    if names is None:
        names = tuple(
            f.name
            for f in dataclasses.fields(kind)
            # whitespace and punctuation hold no names or calls
            if not f.name.startswith(
                (
                    "whitespace",
                    "lpar",
                    "rpar",
                    "lbracket",
                    "rbracket",
                    "lbrace",
                    "rbrace",
                    "comma",
                    "semicolon",
                    "colon",
                    "equal",
                    "dot",
                    "star_tok",
                )
            )
        )
        _FIELDS[kind] = names
    return names


_IS_NODE: dict[type, bool] = {}


def _is_node(kind: type) -> bool:
    known = _IS_NODE.get(kind)
    if known is None:
        known = _IS_NODE[kind] = issubclass(kind, cst.CSTNode)
    return known


# Each node's children, remembered: libcst's nodes never change, and the stages walk the same
# statements many times over. By identity (a node's `__hash__` is Python code), the node held
# with them so no other takes its identity; not weakly (the nodes take no weak references):
# emptied when it grows past `_REMEMBERED`, so the trees of compiles long done are not held.
_CHILDREN: dict[int, tuple[cst.CSTNode, tuple[cst.CSTNode, ...]]] = {}
_REMEMBERED = 200_000


def children(node: cst.CSTNode) -> tuple[cst.CSTNode, ...]:
    """The nodes directly under ``node``, in field order."""
    known = _CHILDREN.get(id(node))
    if known is not None:
        return known[1]
    out: list[cst.CSTNode] = []
    for name in _fields(type(node)):
        value = getattr(node, name)
        kind = type(value)
        if kind is list or kind is tuple:
            out += [item for item in value if _is_node(type(item))]
        elif _is_node(kind):
            out.append(value)
    if len(_CHILDREN) >= _REMEMBERED:
        _CHILDREN.clear()
    found = tuple(out)
    _CHILDREN[id(node)] = (node, found)
    return found


def walk(node: cst.CSTNode) -> Iterator[cst.CSTNode]:
    """Every node under ``node`` (itself included), parents before children."""
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        stack += children(n)[::-1]


@functools.lru_cache(maxsize=64)  # the function body is walked by several stages in turn
def walk_all(node: cst.CSTNode) -> tuple[cst.CSTNode, ...]:
    """`walk`, as a tuple, remembered for the last few trees asked about."""
    return tuple(walk(node))
