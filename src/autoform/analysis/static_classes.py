"""What a module's own classes say of their instances, read from its source alone (for
``autoform-compile``, which never runs the module): the counterpart of `classes`.

Needs: the module's source (its libcst tree and Python's parse of its text) and, for one
class, its ``__init__`` compiled for objects of it (`name_types` asks that of the body).
Produces: the class's body names, the module's attribute stores, and ``{attribute: what it
holds}`` for each ``self.x = v`` standing unconditionally in ``__init__``'s body, where ``v``
is a new object of a class of the module (``Predict(...)``), a parameter annotated with one
or a list of them (``panelists: list[Assistant]``), or a value whose builtin type is
certain (`valuetypes`). The refusals are `classes`' (README, "Methods of your classes"),
said in words (`Refused`) for the command line's report.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass

import libcst as cst

from .calls import dotted_name, local_names, name_types
from .names import bound_names
from .valuetypes import expr_type

__all__ = [
    "HOOKS",
    "LISTS",
    "Held",
    "attribute_counts",
    "body_names",
    "handed_on",
    "init_attributes",
    "rebinds_globally",
    "self_store",
]

# A class whose instances' attributes are stored or read by code of its own.
HOOKS = ("__setattr__", "__delattr__", "__getattribute__", "__slots__")
# Annotations of a list of objects of one class (`list[Assistant]`).
LISTS = frozenset({"list", "List", "Sequence", "typing.List", "typing.Sequence"})
# Types that say nothing of what a container holds: a value of one keeps it whoever holds it.
_UNCLAIMED = frozenset(
    {None, "str", "bytes", "int", "float", "bool", "complex", "tuple", "list", "dict", "set"}
)


@dataclass(frozen=True)
class Held:
    """What an instance attribute certainly holds once ``__init__`` ran: an object of the
    module's class ``cls`` (``exact``: of that very class; ``items``: a list of such), or a
    value of the builtin type ``type`` (`valuetypes`' names); ``fresh``: a new list, dict or
    set made for each object (``self.history = []``)."""

    cls: str | None = None
    exact: bool = False
    items: bool = False
    type: str | None = None
    fresh: bool = False


def body_names(node: cst.ClassDef) -> frozenset[str]:
    """The names a class body binds (its methods, class attributes, nested classes); ``"*"``
    when a statement other than a plain one or a definition may bind any."""
    out: set[str] = set()
    lines = [node.body] if isinstance(node.body, cst.SimpleStatementSuite) else node.body.body
    for stmt in lines:
        if isinstance(stmt, cst.FunctionDef | cst.ClassDef):
            out.add(stmt.name.value)
        elif isinstance(stmt, cst.SimpleStatementLine | cst.SimpleStatementSuite):
            for small in stmt.body:
                out.update(bound_names(small))
                if isinstance(small, cst.Assign | cst.AnnAssign | cst.AugAssign):
                    targets = small.targets if isinstance(small, cst.Assign) else [small]
                    out.update(t.target.value for t in targets if isinstance(t.target, cst.Name))
        else:
            out.add("*")  # (`if`, `for`, `with` in a class body: what they bind varies)
    return frozenset(out)


def attribute_counts(tree: ast.AST) -> dict[str, int]:
    """How many places in the module may set (or delete) an attribute of each name, on any
    object; ``"*"``: some place may set any (``setattr(x, name, v)``, ``vars(x)``)."""
    out: dict[str, int] = {}

    def add(name: str) -> None:
        out[name] = out.get(name, 0) + 1

    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and (
            isinstance(node.ctx, ast.Store | ast.Del) or node.attr == "__dict__"
        ):
            add("*" if node.attr == "__dict__" else node.attr)
        elif isinstance(node, ast.Call):
            func = node.func
            called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if called in ("setattr", "delattr", "__setattr__", "__delattr__"):
                given = node.args[1] if len(node.args) > 1 else None
                literal = isinstance(given, ast.Constant) and isinstance(given.value, str)
                add(given.value if literal else "*")  # type: ignore[union-attr]
            elif called == "vars":
                add("*")
    return out


def handed_on(tree: ast.AST) -> frozenset[str]:
    """The attribute names the module reads other than by iterating over, indexing or
    measuring (``len``) what they hold: reads that could hand the object on."""
    safe: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.For | ast.comprehension):
            safe.add(id(node.iter))
        elif isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load):
            safe.add(id(node.value))
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "len"
            and len(node.args) == 1
        ):
            safe.add(id(node.args[0]))
    return frozenset(
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.ctx, ast.Load)
        and id(node) not in safe
    )


def rebinds_globally(tree: ast.AST, name: str) -> bool:
    """May code of the module rebind its global ``name`` from inside a function (``global
    name``, ``globals()``)?"""
    return any(
        (isinstance(n, ast.Global) and name in n.names)
        or (isinstance(n, ast.Name) and n.id == "globals")
        for n in ast.walk(tree)
    )


def init_attributes(
    compiled: object,
    resolver: object,
    stores: dict[str, int],
    shadowed: Callable[[str], bool],
    classes: Callable[[str], str | None],
    handed: frozenset[str],
    refuse: Callable[[str, str], None],
) -> dict[str, Held]:
    """What the compiled ``__init__`` (a `Compiled`, and the resolver it was compiled with)
    certainly sets. ``stores``: `attribute_counts` of the module; ``shadowed(name)``: a
    class of the object's binds ``name``; ``classes(dotted)``: the module's class a name in
    the body certainly names (its marker for the resolver), else None; ``handed``:
    `handed_on`; ``refuse(attribute, why)`` hears of an attribute set but not taken."""
    func: cst.FunctionDef = compiled.src.func  # type: ignore[attr-defined]
    positional = [*func.params.posonly_params, *func.params.params]
    if not positional:
        return {}
    me = positional[0].name.value
    bound = set(bound_names(func.body))
    if me in bound:
        return {}
    local = local_names(func)
    name_type, call_type = name_types(
        compiled.src,  # type: ignore[attr-defined]
        compiled.calls,  # type: ignore[attr-defined]
        resolver,  # type: ignore[arg-type]
        local,
    )
    annotations = {
        p.name.value: p.annotation.annotation
        for p in (*positional[1:], *func.params.kwonly_params)
        if p.annotation is not None and p.name.value not in bound
    }

    def named_class(expr: cst.BaseExpression) -> str | None:
        dotted = dotted_name(expr)
        if dotted is None or dotted.split(".")[0] in local:
            return None
        return classes(dotted)

    out: dict[str, Held] = {}
    for stmt in func.body.body:
        if not isinstance(stmt, cst.SimpleStatementLine):
            continue
        for small in stmt.body:
            target, value = self_store(small, me)
            if target is None or value is None:
                continue
            if stores.get(target, 0) != 1:
                refuse(target, "set in more than one place in the file")
                continue
            if shadowed(target):
                refuse(target, "its class (or a base) binds that name too")
                continue
            found = _what(value, annotations, named_class, name_type, call_type)
            if (
                found is not None
                and (found.items or found.type not in _UNCLAIMED)
                and (target in handed or "*" in handed)
            ):
                # A container's items keep their type only while no one can add to it:
                # read only by iterating, indexing or measuring it.
                found = Held(fresh=True) if found.fresh else None
            if found is not None:
                out[target] = found
    return out


def self_store(
    small: cst.BaseSmallStatement, me: str
) -> tuple[str | None, cst.BaseExpression | None]:
    """(attribute, value) of ``self.attribute = value`` (``me``: the name of ``self``); the
    command line's reading of ``__init__`` and `classes`' share it."""
    if isinstance(small, cst.Assign) and len(small.targets) == 1:
        target: cst.BaseExpression = small.targets[0].target
        value: cst.BaseExpression | None = small.value
    elif isinstance(small, cst.AnnAssign):
        target, value = small.target, small.value
    else:
        return None, None
    if (
        isinstance(target, cst.Attribute)
        and isinstance(target.value, cst.Name)
        and target.value.value == me
    ):
        return target.attr.value, value
    return None, None


def _what(
    value: cst.BaseExpression,
    annotations: dict[str, cst.BaseExpression],
    named_class: Callable[[cst.BaseExpression], str | None],
    name_type: Callable[[str], str | None],
    call_type: Callable[[cst.Call], str | None],
) -> Held | None:
    if isinstance(value, cst.Call) and not any(a.star for a in value.args):
        made = named_class(value.func)
        if made is not None:
            return Held(cls=made, exact=True)  # a new object of that very class
    if isinstance(value, cst.Name) and value.value in annotations:
        ann = annotations[value.value]
        if isinstance(ann, cst.Subscript) and len(ann.slice) == 1:
            base = dotted_name(ann.value) or ""
            item = ann.slice[0].slice
            if base in LISTS and isinstance(item, cst.Index):
                of = named_class(item.value)
                if of is not None:
                    return Held(cls=of, items=True)
        else:
            of = named_class(ann)
            if of is not None:
                return Held(cls=of)  # annotated: of that class or a subclass
    found = expr_type(value, name_type, call_type)
    fresh = isinstance(value, cst.List | cst.Dict | cst.Set | cst.ListComp | cst.DictComp)
    return Held(type=found, fresh=fresh) if found is not None else None
