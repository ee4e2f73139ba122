"""What a statement's shape says, read from its syntax and its calls' classification: the
calls it makes, the globals it reads as data, what it stores into, the primitive call it
awaits, whether it may leave the body it stands in. Shared by the effects analysis and the
emitter; changes nothing."""

from __future__ import annotations

import functools
from collections.abc import Mapping

import libcst as cst

from ..syntax.walk import children, walk
from .calls import CallInfo, CallKind
from .knowledge import INSERTS_ON_READ, READS_ITEMS_OF_ARGUMENTS
from .names import variables

__all__ = [
    "awaited_call",
    "base_name",
    "calls_in",
    "data_globals",
    "exits",
    "head",
    "immutable_literal",
    "mutated_targets",
    "mutated_targets_of",
]


def head(func: cst.BaseExpression) -> str | None:
    while isinstance(func, cst.Attribute):
        func = func.value
    return func.value if isinstance(func, cst.Name) else None


def immutable_literal(expr: cst.BaseExpression) -> bool:
    return isinstance(
        expr,
        cst.SimpleString
        | cst.ConcatenatedString
        | cst.FormattedString
        | cst.Integer
        | cst.Float
        | cst.Imaginary,
    )


@functools.lru_cache(maxsize=4096)  # nodes never change: several questions about each
def calls_in(node: cst.CSTNode) -> tuple[cst.Call, ...]:
    return tuple(n for n in walk(node) if isinstance(n, cst.Call))


# The methods of a container a module-level name may hold (`valuetypes.module_facts`).
_CONTAINER_METHODS = ("dict.", "list.", "set.")


def inserting_names(func: cst.FunctionDef, calls: Mapping[cst.Call, CallInfo]) -> frozenset[str]:
    """The names of ``func`` that may hold a container whose item read inserts a missing key
    (`knowledge.INSERTS_ON_READ`: ``groups = collections.defaultdict(list)``), and the names
    given one of those (``alias = groups``)."""
    found: set[str] = set()
    binds: list[tuple[list[cst.BaseExpression], cst.BaseExpression | None]] = []
    for n in walk(func.body):
        if isinstance(n, cst.Assign):
            binds.append(([t.target for t in n.targets], n.value))
        elif isinstance(n, cst.AnnAssign | cst.NamedExpr):
            binds.append(([n.target], n.value))
    changed = True
    while changed:
        changed = False
        for targets, value in binds:
            info = calls.get(value) if isinstance(value, cst.Call) else None
            makes = info is not None and info.qualname in INSERTS_ON_READ
            if makes or (isinstance(value, cst.Name) and value.value in found):
                for t in targets:
                    if isinstance(t, cst.Name) and t.value not in found:
                        found.add(t.value)
                        changed = True
    return frozenset(found)


def read_items(
    node: cst.CSTNode, names: frozenset[str], calls: Mapping[cst.Call, CallInfo] | None = None
) -> list[cst.BaseExpression]:
    """The item reads (not stores) in ``node`` of a container one of ``names`` holds (with
    ``calls``, what reads items of its arguments too: `item_reads`)."""
    found = item_reads(node, calls)
    return [read for read, base in found if isinstance(base, cst.Name) and base.value in names]


def item_reads(
    node: cst.CSTNode, calls: Mapping[cst.Call, CallInfo] | None = None
) -> list[tuple[cst.BaseExpression, cst.BaseExpression]]:
    """The item reads (not stores) in ``node``, each with the expression its chain of items
    and attributes starts from (``NS.index[k]``: ``NS``; ``registry()[k]``: the call). With
    ``calls``, an argument of a call reading items of its arguments
    (`knowledge.READS_ITEMS_OF_ARGUMENTS`: ``"{d[k]}".format(d=table)``) and the right
    operand of ``%`` (``"%(k)s" % table``) count too, as themselves."""
    stored = {
        id(t.target)
        for t in walk(node)
        if isinstance(t, cst.AssignTarget | cst.AugAssign | cst.AnnAssign)
        and isinstance(t.target, cst.Subscript)
    }
    out: list[tuple[cst.BaseExpression, cst.BaseExpression]] = []
    for n in walk(node):
        if isinstance(n, cst.Subscript) and id(n) not in stored:
            out.append((n, _chain_base(n.value)))
        elif calls is None:
            continue
        elif isinstance(n, cst.Call):
            info = calls.get(n)
            if info is not None and info.qualname in READS_ITEMS_OF_ARGUMENTS:
                out += [(a.value, _chain_base(a.value)) for a in n.args if not a.star]
        elif isinstance(n, cst.BinaryOperation) and isinstance(n.operator, cst.Modulo):
            out.append((n.right, _chain_base(n.right)))
    return out


def _chain_base(expr: cst.BaseExpression) -> cst.BaseExpression:
    while isinstance(expr, cst.Subscript | cst.Attribute):  # (`NS.index[k]`)
        expr = expr.value
    return expr


def data_globals(small: cst.CSTNode, load: Mapping[str, str], calls) -> list[str]:
    """Global names the statement reads as data (not as the function it calls)."""
    exprs: list[cst.CSTNode] = []
    if isinstance(small, cst.Assign | cst.AnnAssign):
        exprs = [small.value] if small.value is not None else []
        targets: list[cst.BaseExpression] = (
            [t.target for t in small.targets] if isinstance(small, cst.Assign) else [small.target]
        )
        exprs += mutated_targets_of(targets)
    else:
        exprs = [small]
    heads: set[cst.Name] = set()
    for call in calls_in(small):
        info = calls.get(call)
        if (
            info is not None
            and info.kind is not CallKind.UNKNOWN
            and not (info.qualname or "").startswith(_CONTAINER_METHODS)
        ):
            # (`NOTES.get(k)` on a module's dict reads the dict: data, unlike `json.loads`.)
            func = call.func
            while isinstance(func, cst.Attribute):
                func = func.value
            if isinstance(func, cst.Name):
                heads.add(func)
    return [
        n.value
        for e in exprs
        for n in variables(e)
        if n not in heads and n.value not in load and n.value not in ("None", "True", "False")
    ]


def mutated_targets_of(targets: list[cst.BaseExpression]) -> list[cst.BaseExpression]:
    out: list[cst.BaseExpression] = []
    while targets:
        t = targets.pop()
        if isinstance(t, cst.Tuple | cst.List):
            targets.extend(el.value for el in t.elements)
        elif isinstance(t, cst.StarredElement):
            targets.append(t.value)
        elif isinstance(t, cst.Attribute | cst.Subscript):
            out.append(t)
    return out


def mutated_targets(small: cst.CSTNode) -> list[cst.BaseExpression]:
    if isinstance(small, cst.Del):
        return mutated_targets_of([small.target])
    if isinstance(small, cst.Assign):
        return mutated_targets_of([t.target for t in small.targets])
    if isinstance(small, cst.AnnAssign | cst.AugAssign):
        return mutated_targets_of([small.target])
    return []


def base_name(target: cst.BaseExpression) -> str | None:
    while isinstance(target, cst.Attribute | cst.Subscript):
        target = target.value
    return target.value if isinstance(target, cst.Name) else None


def awaited_call(small: cst.CSTNode, calls: dict[cst.Call, CallInfo]) -> cst.Call | None:
    """The primitive call a normalised step awaits (its whole value), if any."""
    value = getattr(small, "value", None)
    if isinstance(small, cst.Assign | cst.AnnAssign | cst.Expr | cst.Return) and isinstance(
        value, cst.Call
    ):
        info = calls.get(value)
        if info is not None and info.kind is CallKind.AWAITABLE:
            return value
    return None


def exits(node: cst.CSTNode) -> bool:
    """True if running ``node`` may leave the body it stands in: a ``return`` anywhere, or a
    ``break``/``continue`` that is not inside a loop of its own."""

    def visit(n: cst.CSTNode, in_loop: bool) -> bool:
        if isinstance(n, cst.FunctionDef | cst.Lambda):
            return False  # its returns are its own
        if isinstance(n, cst.Return):
            return True
        if isinstance(n, cst.Break | cst.Continue):
            return not in_loop
        if isinstance(n, cst.For | cst.While):
            # The loop's own break/continue stay inside it; its `else` runs outside.
            body_exits = visit(n.body, True)
            return body_exits or (n.orelse is not None and visit(n.orelse, in_loop))
        return any(visit(c, in_loop) for c in children(n))

    return visit(node, False)
