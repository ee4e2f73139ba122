"""What the user's classes say of their instances: the attributes ``__init__`` certainly
sets, and what each holds (`Attribute`), for ``af.concurrent`` (live classes).

Needs: a class object, whether objects of it are of that very class (``exact``) or maybe
of a subclass, and a way to compile its ``__init__`` (the compiler's call table and a
resolver for it). Produces: ``{attribute: Attribute}`` for each ``self.x = v`` standing
unconditionally in ``__init__``'s body where ``v`` is a new object of a class of the
user's (``Predict(...)``), a parameter annotated with such a class or a list of them
(``panelists: list[Assistant]``), or a value whose builtin type is certain (`valuetypes`).

Assumed, as for methods (README, "Methods of your classes"): nothing outside the class's
files sets the attribute. Refused (no entry) where that cannot hold: another store of an
attribute of that name in those files (``x.judge = ...``, ``setattr``, ``vars()``), a class
attribute or descriptor of the name, ``__setattr__``/``__getattribute__``/``__slots__``, a
metaclass or ``__new__``, a subclass (when not exact) with an ``__init__`` of its own.
"""

from __future__ import annotations

import functools
import linecache
import types
from collections.abc import Callable, Mapping
from typing import Any, Protocol

import libcst as cst

from ..source import module_tree
from ..syntax.walk import walk
from .calls import CallInfo, CallKind, dotted_name, local_names, name_types
from .names import bound_names
from .resolvers import (
    Attribute,
    attribute_stores,
    bound_once,
    class_files,
    plain_class,
    subclasses,
    user_class,
)
from .static_classes import HOOKS, LISTS, handed_on, self_store
from .valuetypes import expr_type

__all__ = ["IMMUTABLE_TYPES", "changes_self", "instance_attributes", "reads_own"]


def instance_attributes(
    cls: type, exact: bool, compile_init: Callable[[Any, type, bool], Any]
) -> dict[str, Attribute]:
    """``compile_init(init, cls, exact)``: (the `Compiled` ``__init__``, its resolver), or
    None when it cannot be compiled."""
    classes = [cls] if exact else [cls, *subclasses(cls)]
    init = _init_of(cls)
    if init is None or any(_init_of(k) is not init for k in classes):
        return {}
    if any(not plain_class(k) or any(h in vars(b) for b in k.__mro__[:-1] for h in HOOKS)
           for k in classes):  # fmt: skip
        return {}
    made = compile_init(init, cls, exact)
    if made is None:
        return {}
    compiled, resolver = made
    func = compiled.src.func
    positional = [*func.params.posonly_params, *func.params.params]
    if not positional:
        return {}
    me = positional[0].name.value
    bound = set(bound_names(func.body))
    if me in bound:
        return {}
    local = local_names(func)
    name_type, call_type = name_types(compiled.src, compiled.calls, resolver, local)
    annotations = {
        p.name.value: p.annotation.annotation
        for p in (*positional[1:], *func.params.kwonly_params)
        if p.annotation is not None and p.name.value not in bound
    }
    files = set().union(*(class_files(k, init) for k in classes))
    stores = [attribute_stores(f) for f in files]
    if any("*" in s or "__class__" in s or "__init__" in s for s in stores):
        # (`obj.__class__ = Other`: the object is no longer what `__init__` made; `Cls.__init__
        # = other`: objects made before were made by another)
        return {}
    out: dict[str, Attribute] = {}
    for stmt in func.body.body:
        if not isinstance(stmt, cst.SimpleStatementLine):
            continue
        for small in stmt.body:
            target, value = self_store(small, me)
            if target is None or value is None:
                continue
            if sum(s.get(target, 0) for s in stores) != 1 or any(
                target in vars(b) for k in classes for b in k.__mro__
            ):
                continue  # set elsewhere too, or a class attribute (a descriptor?) of it
            found = _what(value, resolver, annotations, init, name_type, call_type)
            if (
                found is not None
                and (found.items or found.type not in _UNCLAIMED)
                and not all(_read_in_place(f, target) for f in files)
            ):
                # A container's items keep their type only while no one can add to it:
                # read only by iterating, indexing or measuring it.
                found = Attribute(fresh=True) if found.fresh else None
            if found is not None:
                out[target] = found
    return out


# Types that say nothing of what a container holds (`valuetypes`' names): a value of one
# keeps it whoever holds the value.
_UNCLAIMED = frozenset(
    {None, "str", "bytes", "int", "float", "bool", "complex", "tuple", "list", "dict", "set"}
)


def _read_in_place(filename: str, attr: str) -> bool:
    """Is every read of an attribute called ``attr`` in the file an iteration over it, an
    item read of it or ``len()`` of it (nothing that could hand the object on)?"""
    handed = _handed_on(filename)
    return attr not in handed and "*" not in handed


def _handed_on(filename: str) -> frozenset[str]:
    text = "".join(linecache.getlines(filename))
    found = _handed_on_text(text) if text else frozenset({"*"})
    return frozenset(found | {"*"}) if "*" in found else found


@functools.lru_cache(maxsize=64)
def _handed_on_text(text: str) -> frozenset[str]:
    try:
        return handed_on(module_tree(text))
    except (SyntaxError, ValueError):
        return frozenset({"*"})


def _init_of(cls: type) -> types.FunctionType | None:
    found = next((vars(k)["__init__"] for k in cls.__mro__ if "__init__" in vars(k)), None)
    return found if isinstance(found, types.FunctionType) else None


def _what(
    value: cst.BaseExpression,
    resolver: Any,
    annotations: dict[str, cst.BaseExpression],
    init: types.FunctionType,
    name_type: Callable[[str], str | None],
    call_type: Callable[[cst.Call], str | None],
) -> Attribute | None:
    if isinstance(value, cst.Call) and not any(a.star for a in value.args):
        made = _user_class(value.func, resolver, init)
        if made is not None and plain_class(made):
            return Attribute(cls=made, exact=True)  # a new object of that very class
    if isinstance(value, cst.Name) and value.value in annotations:
        ann = annotations[value.value]
        if isinstance(ann, cst.Subscript) and len(ann.slice) == 1:
            base = dotted_name(ann.value) or ""
            item = ann.slice[0].slice
            if base in LISTS and isinstance(item, cst.Index):
                of = _user_class(item.value, resolver, init)
                if of is not None:
                    return Attribute(cls=of, items=True)
        else:
            of = _user_class(ann, resolver, init)
            if of is not None:
                return Attribute(cls=of)  # annotated: of that class or a subclass
    found = expr_type(value, name_type, call_type)
    fresh = isinstance(value, cst.List | cst.Dict | cst.Set | cst.ListComp | cst.DictComp)
    return Attribute(type=found, fresh=fresh) if found is not None else None


def _user_class(expr: cst.BaseExpression, resolver: Any, init: types.FunctionType) -> type | None:
    """The class of the user's a global dotted name bound once in its file names."""
    dotted = dotted_name(expr)
    lookup = getattr(resolver, "lookup", None)
    if dotted is None or lookup is None:
        return None
    if not bound_once(init.__code__.co_filename, dotted.split(".")[0]):
        return None
    found = lookup(dotted)
    return found if isinstance(found, type) and user_class(found) else None


# Methods of a list, dict or set that change it (and run no one's code but the items'
# hashing and comparison).
_MUTATORS = frozenset(
    {"append", "extend", "insert", "pop", "remove", "clear", "sort", "reverse", "update"}
    | {"setdefault", "add", "discard", "popitem"}
)


def changes_self(
    cls: type, func: cst.FunctionDef, calls: Mapping[cst.Call, CallInfo], owned: set[str]
) -> bool:
    """Are the method's only effects changes to its own object: stores into ``self``'s
    attributes, and changes to the containers of ``owned`` attributes (made new for each
    object by ``__init__``, set nowhere else: `Attribute.fresh`)? Its calls must be known,
    without effects, or such changes (``self.history.append(x)``), or methods of ``self``
    of the same kind; ``cls`` must store attributes as Python does (no ``__setattr__``,
    no descriptor of a name it stores)."""
    positional = [*func.params.posonly_params, *func.params.params]
    if func.asynchronous is not None or not positional:
        return False
    me = positional[0].name.value
    if me in bound_names(func.body) or any(h in vars(k) for k in cls.__mro__[:-1] for h in HOOKS):
        return False

    def on_self(e: cst.BaseExpression) -> bool:
        return (
            isinstance(e, cst.Attribute) and isinstance(e.value, cst.Name) and e.value.value == me
        )

    def owned_(e: cst.BaseExpression) -> bool:
        return on_self(e) and e.attr.value in owned  # type: ignore[attr-defined]

    def store_ok(t: cst.BaseExpression, augmented: bool) -> bool:
        if isinstance(t, cst.Subscript):
            return owned_(t.value)  # `self.counts[k] = v`
        if augmented:
            return owned_(t)  # `self.history += [x]`: the object's own list, in place
        # `self.n = v`: into the object itself (no descriptor of that name)
        return on_self(t) and not any(t.attr.value in vars(k) for k in cls.__mro__)  # type: ignore[attr-defined]

    for node in walk(func.body):
        if isinstance(node, _NOT_OWN):
            return False
        targets: list[cst.BaseExpression] = []
        if isinstance(node, cst.AssignTarget | cst.AnnAssign | cst.AugAssign):
            targets = [node.target]
        elif isinstance(node, cst.For | cst.CompFor | cst.AsName | cst.NamedExpr):
            t = node.target if not isinstance(node, cst.AsName) else node.name
            if not _names_only(t):  # type: ignore[arg-type]
                return False
        for t in targets:
            if not _names_only(t) and not store_ok(t, isinstance(node, cst.AugAssign)):
                return False
        if isinstance(node, cst.Call):
            info = calls.get(node, CallInfo(CallKind.UNKNOWN))
            func_ = node.func
            if info.kind is CallKind.UNKNOWN:
                if not (
                    isinstance(func_, cst.Attribute)
                    and func_.attr.value in _MUTATORS
                    and owned_(func_.value)
                ):
                    return False  # (`self.history.append(x)`: its own list)
            elif info.helper is not None and (info.helper.effects or info.helper.is_async):
                if not (
                    isinstance(func_, cst.Attribute)
                    and isinstance(func_.value, cst.Name)
                    and func_.value.value == me
                    and info.helper.changes_self
                ):
                    return False
            elif info.stops or info.touches_loop or info.changes_client:
                return False
    return True


def _names_only(target: cst.BaseExpression) -> bool:
    if isinstance(target, cst.Tuple | cst.List):
        return all(_names_only(el.value) for el in target.elements)
    if isinstance(target, cst.StarredElement):
        return _names_only(target.value)
    return isinstance(target, cst.Name)


# What may change names or objects the method cannot see from here.
_NOT_OWN = (
    cst.Global,
    cst.Nonlocal,
    cst.Del,
    cst.FunctionDef,
    cst.ClassDef,
    cst.Lambda,
    cst.Await,
    cst.Yield,
    cst.With,
    cst.Import,
    cst.ImportFrom,
)


# The builtin types (`valuetypes`' names) of values no one can change.
IMMUTABLE_TYPES = frozenset({"str", "bytes", "int", "float", "bool", "complex"})
# Methods of a list, dict or set that change it and hand nothing of it back.
_FILLERS = frozenset({"append", "extend", "insert", "clear"})


class _Held(Protocol):
    """What `reads_own` asks of an attribute: a live class's (`Attribute`), or one read from
    source by the command line (`static_classes.Held`)."""

    @property
    def cls(self) -> object: ...
    @property
    def items(self) -> bool: ...
    @property
    def type(self) -> str | None: ...
    @property
    def fresh(self) -> bool: ...


def reads_own(
    cls: type,
    func: cst.FunctionDef,
    calls: Mapping[cst.Call, CallInfo],
    attributes: Mapping[str, _Held],
) -> bool:
    """Does the method read of its object (``self``) only what no other object's method
    changes? Each use of ``self`` must be ``self.x`` where ``x`` is an attribute its class's
    ``__init__`` set, once, to an immutable value (``attributes``, `instance_attributes`:
    ``self.name`` of ``name: str``), a store (``self.n = v``), a container of its own
    (`Attribute.fresh`) only filled (``self.history.append(x)``, ``self.counts[k] = v``)
    or measured (``len(self.history)``),
    or a call of a method of ``self`` that reads so too (`HelperSummary.reads_own`).
    Whatever else it reads (its arguments, module state) the caller judges."""
    positional = [*func.params.posonly_params, *func.params.params]
    if func.asynchronous is not None or not positional:
        return False
    me = positional[0].name.value
    if me in bound_names(func.body) or any(h in vars(k) for k in cls.__mro__[:-1] for h in HOOKS):
        return False
    owned = {name for name, a in attributes.items() if a.fresh}
    plain = {
        name
        for name, a in attributes.items()
        if a.type in IMMUTABLE_TYPES and a.cls is None and not a.items and not a.fresh
    }

    def on_self(e: cst.CSTNode) -> bool:
        return (
            isinstance(e, cst.Attribute) and isinstance(e.value, cst.Name) and e.value.value == me
        )

    uses: set[int] = set()  # the `self.x` nodes read in a way that stays with the object
    names = 0  # the uses of `self` (not as an attribute's name)
    for node in walk(func.body):
        if isinstance(node, _NOT_OWN):
            return False
        if isinstance(node, cst.Attribute):
            if on_self(node) and node.attr.value in plain:
                uses.add(id(node))  # `self.name`, of an immutable value set once
            continue
        if isinstance(node, cst.Name) and node.value == me:
            names += 1
        elif isinstance(node, cst.CompFor | cst.AsName):
            return False  # (a name bound where `bound_names` may not look: keep it simple)
        elif isinstance(node, cst.Call):
            f = node.func
            if on_self(f):
                helper = calls.get(node, CallInfo(CallKind.UNKNOWN)).helper
                if helper is not None and helper.reads_own:
                    uses.add(id(f))  # `self._messages(user)`
            elif (
                isinstance(f, cst.Name)
                and f.value == "len"
                and len(node.args) == 1
                and on_self(arg := node.args[0].value)
                and arg.attr.value in owned  # type: ignore[attr-defined]
                and calls.get(node, CallInfo(CallKind.UNKNOWN)).qualname == "builtins.len"
            ):
                uses.add(id(arg))  # `len(self.history)`: how much it holds, not what
            elif (
                isinstance(f, cst.Attribute)
                and f.attr.value in _FILLERS
                and on_self(f.value)
                and f.value.attr.value in owned  # type: ignore[attr-defined]
            ):
                uses.add(id(f.value))  # `self.history.append(x)`
        elif isinstance(node, cst.AssignTarget | cst.AnnAssign | cst.AugAssign):
            t = node.target
            if on_self(t) and not isinstance(node, cst.AugAssign):
                uses.add(id(t))  # `self.n = v`: a store, no read
            elif on_self(t) and t.attr.value in owned:  # type: ignore[attr-defined]
                uses.add(id(t))  # `self.history += [x]`
            elif isinstance(t, cst.Subscript) and _owned_of(t.value, on_self, owned):
                uses.add(id(t.value))  # `self.counts[k] = v`
    # Every `self` stands in one of those uses (`self` handed on, or `self.peer.history`,
    # may reach another object).
    return names == len(uses)


def _owned_of(
    e: cst.BaseExpression, on_self: Callable[[cst.CSTNode], bool], owned: set[str]
) -> bool:
    return on_self(e) and isinstance(e, cst.Attribute) and e.attr.value in owned
