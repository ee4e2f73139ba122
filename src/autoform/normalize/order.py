"""Python's evaluation order around a call, the contract a lift must keep.

Lifting ``_lm1 = lm(x)`` out of its statement runs the call before everything the
statement evaluates. That is the program only when nothing Python evaluates before the call
could fail or be seen (`earlier_is_safe`), and when the call runs on every path through the
statement (`runs_lazily`): ``and``/``or``, conditional expressions, comprehensions, the
message of an ``assert`` and the later operands of a chained comparison are evaluated only
when Python gets to them. The Python language reference, "Evaluation order", is the source.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

import libcst as cst

from ..analysis.calls import CallTable, dotted_name
from ..analysis.knowledge import STR_METHODS
from ..syntax.walk import walk

__all__ = ["earlier_is_safe", "inside", "runs_lazily"]

# Where a call runs only on some paths: the statement is awaited in place.
_CONDITIONAL = (cst.BooleanOperation, cst.IfExp, cst.ListComp, cst.SetComp, cst.DictComp)


def inside(node: cst.CSTNode, part: cst.CSTNode | None) -> bool:
    """Is ``node`` ``part`` or under it?"""
    return part is not None and any(n is node for n in walk(part))


def runs_lazily(
    call: cst.Call, enclosing: Sequence[cst.CSTNode], small: cst.BaseSmallStatement
) -> bool:
    """Does ``call`` run only on some paths through ``small``? (``enclosing``: its
    ancestors inside the statement, outermost first.)"""
    if isinstance(small, cst.Assert) and inside(call, small.msg):
        return True
    for outer in enclosing:
        if isinstance(outer, _CONDITIONAL):
            return True
        if isinstance(outer, cst.Comparison) and any(
            inside(call, target) for target in outer.comparisons[1:]
        ):
            return True  # `a < b < lm(x)`: made only if `a < b`
    return False


def _before(parent: cst.CSTNode, child: cst.CSTNode) -> list[cst.BaseExpression] | None:
    """What Python evaluates inside ``parent`` before ``child``; None when not known."""
    if isinstance(parent, cst.Call):
        out: list[cst.BaseExpression] = [parent.func]
        for arg in parent.args:
            if arg is child:
                return out
            out.append(arg.value if not arg.star else arg)  # type: ignore[arg-type]  # unpacking runs code
        return []  # the callee itself
    if isinstance(parent, cst.BinaryOperation):
        return [parent.left] if child is parent.right else []
    if isinstance(parent, cst.Comparison):
        out = [parent.left]
        for target in parent.comparisons:
            if target is child:
                return out
            out.append(target.comparator)
        return []
    if isinstance(parent, cst.Subscript):
        if child is parent.value:
            return []
        out = [parent.value]
        for index in parent.slice:
            if index is child:
                return out
            out += _slice_parts(index)
        return out
    if isinstance(parent, cst.List | cst.Tuple | cst.Set | cst.Dict):
        out = []
        for element in parent.elements:
            if element is child:
                return out
            out += _element_parts(element)
        return out
    if isinstance(parent, cst.DictElement):
        return [parent.key] if child is parent.value else []
    if isinstance(parent, cst.FormattedString):
        out = []
        for part in parent.parts:
            if part is child:
                return out
            if isinstance(part, cst.FormattedStringExpression):
                out.append(part)  # type: ignore[arg-type]  # formatting itself may fail
        return out
    if isinstance(
        parent,
        cst.Arg
        | cst.Element
        | cst.StarredElement
        | cst.ComparisonTarget
        | cst.Attribute
        | cst.UnaryOperation
        | cst.Await
        | cst.FormattedStringExpression
        | cst.SubscriptElement
        | cst.Index
        | cst.NamedExpr,
    ):
        return []  # its one evaluated part comes first
    return None


def _slice_parts(element: cst.SubscriptElement) -> list[cst.BaseExpression]:
    s = element.slice
    if isinstance(s, cst.Index):
        return [s.value]
    assert isinstance(s, cst.Slice)
    return [p for p in (s.lower, s.upper, s.step) if p is not None]


def _element_parts(element: cst.CSTNode) -> list[cst.BaseExpression]:
    if isinstance(element, cst.DictElement):
        return [element.key, element.value]
    if isinstance(element, cst.StarredDictElement | cst.StarredElement):
        return [element]  # type: ignore[list-item]  # unpacking may fail
    return [element.value]  # type: ignore[attr-defined]


def earlier_is_safe(
    call: cst.Call,
    path: Sequence[cst.CSTNode],
    earlier_pieces: Sequence[cst.BaseExpression],
    lifted: Callable[[cst.Call], bool],
    known: Callable[[str], bool],
    calls: CallTable,
) -> bool:
    """Is everything Python evaluates before ``call`` in its statement unable to fail or
    be seen, once the calls lifted out with it (``lifted``) run first? ``path``: the
    call's ancestors in its statement's piece, outermost first; ``earlier_pieces``: the
    parts of the statement evaluated before that piece (an augmented target). ``known``:
    a name certainly bound (a local bound on every path, a global or builtin that exists)."""
    before: list[cst.BaseExpression] = list(earlier_pieces)
    chain = [*path, call]
    for parent, child in itertools.pairwise(chain):
        found = _before(parent, child)
        if found is None:
            return False
        before += found
    return all(_safe(e, lifted, known, calls) for e in before)


def _safe(
    e: cst.CSTNode,
    lifted: Callable[[cst.Call], bool],
    known: Callable[[str], bool],
    calls: CallTable,
) -> bool:
    if isinstance(e, cst.Name):
        return known(e.value)
    if isinstance(e, cst.SimpleString | cst.Integer | cst.Float | cst.Imaginary | cst.Ellipsis):
        return True
    if isinstance(e, cst.ConcatenatedString):
        return all(isinstance(s, cst.SimpleString) for s in (e.left, e.right))
    if isinstance(e, cst.Attribute):
        # A primitive or function known by what it resolves to (`af.format`, `json.dumps`),
        # or a str method of a literal (`", ".join`).
        if isinstance(e.value, cst.SimpleString):
            return e.attr.value in STR_METHODS
        dotted = dotted_name(e)
        return dotted is not None and known(dotted)
    if isinstance(e, cst.Call):
        # Lifted, it runs before, as its own step, in order; any other call stays where it
        # is and may fail (`int(n) + lm(x)`).
        return lifted(e)
    if isinstance(e, cst.List | cst.Tuple | cst.Set):
        return all(
            isinstance(el, cst.Element) and _safe(el.value, lifted, known, calls)
            for el in e.elements
        )
    return False
