"""Entry checks: what the analysis took on trust, checked as a compiled function starts.

The compiler reads a parameter's annotation as a fact (``topic: str`` holds a str, so
formatting it, ``topic.upper()`` or ``topic[:n]`` run no one's code and cannot fail but as a
str would), and takes ``print``/``logging`` as output that changes nothing the function reads.
A run may say otherwise: None given for ``topic``, a str subclass with its own ``upper``, a
``sys.stdout`` or a logging handler of the user's that records into a module list. The
generated function's first line asks `holds`, and runs as written, one call after another
(its in-order twin, ``_af.in_order_instead``), when a check fails::

    if not _af.holds(topic, str, out=("stdout", log)):
        return await _af.in_order_instead(research_as_written, topic)

The checks are exact and cheap (a few hundred nanoseconds for a str): ``type(v) is str``,
items of a ``list[str]`` one by one; a builtin's subclass fails, and so does anything the
check cannot read (a type it does not know: it is not assumed).
"""

from __future__ import annotations

import collections
import contextlib
import gc
import sys
import types
import typing
import weakref
from collections.abc import Iterable
from typing import Any

__all__ = ["INSERTING", "holds", "takes_plainly"]


def holds(*pairs: Any, out: tuple[Any, ...] = (), read: tuple[Any, ...] = ()) -> bool:
    """Does each value of ``pairs`` (value, type, value, type, ...) have exactly its type,
    does every destination of ``out`` take output without running anyone's code, and does
    reading an item of what the values of ``read`` hold change nothing (no
    ``collections.defaultdict`` in them)? Destinations: ``"stdout"``, ``"stderr"``,
    ``"root logger"``, a stream (a ``print``'s ``file=``), a logger; ``"unknown"`` (a
    ``file=`` made in the body) never does."""
    for i in range(0, len(pairs), 2):
        value, t = pairs[i], pairs[i + 1]
        if type(value) is not t and not _exact(value, t):
            return False
    if read and not _reads_plainly(read):
        import warnings

        from .errors import KeptInOrderWarning

        warnings.warn(
            "an argument holds a collections.defaultdict, whose item reads insert the keys "
            "they miss: this run makes its calls one after another, as written",
            KeptInOrderWarning,
            stacklevel=2,  # (the compiled function's line: its `def`)
        )
        return False
    return not out or all(map(_plain, out))


def takes_plainly(dest: Any) -> bool:
    """Does ``dest`` (as in `holds`'s ``out``) take output without running anyone's code,
    now? (The function may have set up a handler, a filter or a stream of its own since its
    entry was checked: output to it is written in its turn, not held.)"""
    return _plain(dest)


# -- values ---------------------------------------------------------------------------------

# An int is what a float annotation admits (PEP 484), and behaves as plainly.
_WIDER: dict[type, tuple[type, ...]] = {float: (float, int), complex: (complex, float, int)}
# Abstract collections the analysis reads as "items of this type": a list or a tuple is one.
_ABSTRACT = frozenset({"Sequence", "Iterable", "Collection", "Reversible", "MutableSequence"})


def _exact(value: Any, t: Any) -> bool:
    """Is ``value`` exactly of type ``t`` (a class, None, a union, a generic of builtins)?"""
    if type(t) is type:
        kind = type(value)
        return kind is t or kind in _WIDER.get(t, ())
    if t is None:
        return value is None
    if type(t) is types.UnionType:  # `str | None`: the value's own type is one, mostly
        return type(value) in t.__args__ or any(_exact(value, a) for a in t.__args__)
    if typing.get_origin(t) is typing.Union:
        return any(_exact(value, a) for a in typing.get_args(t))
    origin, args = typing.get_origin(t), typing.get_args(t)
    if origin is None:
        return False  # a string, a TypeVar, a protocol: nothing checked, nothing assumed
    if origin in (list, set, frozenset):
        return type(value) is origin and _items(value, args[:1])
    if getattr(origin, "__name__", "") in _ABSTRACT:
        return type(value) in (list, tuple) and _items(value, args[:1])
    if origin is tuple:
        if type(value) is not tuple:
            return False
        if len(args) == 1 or (len(args) == 2 and args[1] is Ellipsis):  # `tuple[str, ...]`
            return _items(value, args[:1])
        return len(value) == len(args) and all(map(_exact, value, args))
    if origin is dict:
        if type(value) is not dict:
            return False
        keys, values = (*args, Any, Any)[:2]
        return _items(value.keys(), (keys,)) and _items(value.values(), (values,))
    return False


def _items(values: Iterable[Any], args: tuple[Any, ...]) -> bool:
    if not args or args[0] is Any:
        return True
    t = args[0]
    if type(t) is type:  # the common case, inline: `list[str]`
        fields = _declared(t)
        if fields:  # `list[Source]`: each exactly one, its str and number fields holding one
            return all(type(v) is t and _fields_hold(v, fields) for v in values)
        return all(type(v) is t for v in values)
    return all(_exact(v, t) for v in values)


# A dataclass's (named tuple's) fields annotated with these hold exactly such values: what
# the analysis reads of an item of a `list[C]` parameter (`aliasing.immutable_fields`).
_SCALAR_FIELDS: dict[Any, tuple[type, ...]] = {
    str: (str,),
    bytes: (bytes,),
    int: (int,),
    float: (float, int),
    bool: (bool,),
}
_SCALAR_FIELDS |= {k.__name__: v for k, v in _SCALAR_FIELDS.items()}  # (postponed annotations)
_FIELDS: weakref.WeakKeyDictionary[type, tuple[tuple[str, int, tuple[type, ...]], ...]] = (
    weakref.WeakKeyDictionary()
)


def _declared(t: type) -> tuple[tuple[str, int, tuple[type, ...]], ...]:
    """The fields of the dataclass or named tuple ``t`` declared a str or a number: (name,
    position, the types its value may have)."""
    found = _FIELDS.get(t)
    if found is None:
        fields = t.__dict__.get("__dataclass_fields__")
        if isinstance(fields, dict):
            declared = [(name, getattr(f, "type", None)) for name, f in fields.items()]
        elif issubclass(t, tuple) and isinstance(t.__dict__.get("_fields"), tuple):
            import inspect

            ann = inspect.get_annotations(t)
            declared = [(name, ann.get(name)) for name in t.__dict__["_fields"]]
        else:
            declared = []
        # (a postponed annotation may come as a string, or a forward reference to one)
        declared = [(name, getattr(kind, "__forward_arg__", kind)) for name, kind in declared]
        found = tuple(
            (name, k, _SCALAR_FIELDS[kind])
            for k, (name, kind) in enumerate(declared)
            if isinstance(kind, str | type) and kind in _SCALAR_FIELDS
        )
        _FIELDS[t] = found
    return found


def _fields_hold(value: Any, fields: tuple[tuple[str, int, tuple[type, ...]], ...]) -> bool:
    """Do ``value``'s declared str and number fields hold one (read without running anyone's
    code: the instance's own dict, a named tuple's items)?"""
    if issubclass(type(value), tuple):  # (by its type: `isinstance` reads a `__class__`)
        return all(type(tuple.__getitem__(value, k)) in kinds for _, k, kinds in fields)
    try:
        own = object.__getattribute__(value, "__dict__")
    except AttributeError:
        return all(type(_slot(value, name)) in kinds for name, _, kinds in fields)
    return all(name in own and type(own[name]) in kinds for name, _, kinds in fields)


def _slot(value: Any, name: str) -> Any:
    """The value of ``name``'s slot (a C-level getter), or a value no field check passes."""
    slot = type(value).__dict__.get(name)
    if type(slot) is not types.MemberDescriptorType:
        return _NO_VALUE
    try:
        return slot.__get__(value)
    except AttributeError:  # (an empty slot)
        return _NO_VALUE


_NO_VALUE = object()


# -- item reads -----------------------------------------------------------------------------

# The classes of `analysis.knowledge.INSERTS_ON_READ` (a test checks they agree): reading a
# missing key inserts it, a change the analysis cannot see in a value of a type it does
# not know (an unannotated parameter's).
INSERTING: tuple[type, ...] = (collections.defaultdict,)
_LEAVES = frozenset({str, bytes, int, float, bool, complex, type(None)})
# Code, not data: nothing under them is looked into.
_CODE = frozenset(
    {
        types.FunctionType,
        types.BuiltinFunctionType,
        types.MethodType,
        types.MethodDescriptorType,
        types.WrapperDescriptorType,
        types.MethodWrapperType,
        types.GetSetDescriptorType,
        types.MemberDescriptorType,
        types.CodeType,
        staticmethod,
        classmethod,
        property,
    }
)
# How deep the values are searched: a parameter, its items or attributes, theirs, ...
_DEPTH = 6
# A module is looked into where it stands this near the top (`store.INDEX[k]`, an item
# `[plugin]`); deeper, it is taken as code (else every module it imports would be).
_MODULE_DEPTH = 2


def _reads_plainly(values: tuple[Any, ...]) -> bool:
    """Is no `INSERTING` container among ``values`` and what they hold, to `_DEPTH` levels:
    the items of lists, tuples, sets and dicts (their subclasses' too, read as the builtin's:
    no override runs), a mapping proxy's mapping, an object's own attributes (its dict, its
    slots) and its class's (through its bases), a class's namespace, a module's near the
    top? Reads no one's code; each object once."""
    seen: set[int] = set()
    level: list[Any] = list(values)
    for depth in range(_DEPTH + 1):
        below: list[Any] = []
        for v in level:
            kind = type(v)
            if kind in _LEAVES or kind in _CODE or id(v) in seen:
                continue
            seen.add(id(v))
            if kind is dict or kind is list or kind is tuple:  # (the common case, first)
                if depth < _DEPTH:
                    below.extend(v.values() if kind is dict else v)
                continue
            if issubclass(kind, INSERTING):  # (by its type: `isinstance` reads `__class__`)
                return False
            if depth == _DEPTH:
                continue
            if issubclass(kind, types.ModuleType):
                if depth < _MODULE_DEPTH:  # its data: not the modules and classes it names
                    below.extend(
                        x
                        for x in dict.values(object.__getattribute__(v, "__dict__"))
                        if not issubclass(type(x), type | types.ModuleType)
                    )
                continue
            if issubclass(kind, type):
                below.extend(_namespaces(v))
                continue
            if kind is types.MappingProxyType:
                below.extend(gc.get_referents(v))  # (the mapping behind it: read, not asked)
                continue
            if issubclass(kind, dict):
                below.extend(dict.values(v))
            elif issubclass(kind, list):
                below.extend(list.__iter__(v))
            elif issubclass(kind, tuple):
                below.extend(tuple.__iter__(v))
            elif issubclass(kind, set):
                below.extend(set.__iter__(v))
            elif issubclass(kind, frozenset):
                below.extend(frozenset.__iter__(v))
            elif kind is collections.deque:
                below.extend(v)
            if _library_class(kind):
                continue  # (what a library's object holds, the library's code reads)
            below.extend(_attributes(v, kind))
            if id(kind) not in seen:
                seen.add(id(kind))
                below.extend(_namespaces(kind))
        if not below:
            return True
        level = below
    return True


_LIBRARY: weakref.WeakKeyDictionary[type, bool] = weakref.WeakKeyDictionary()
_LIBRARY_PATHS: list[tuple[str, ...]] = []


def _library_class(kind: type) -> bool:
    """Is ``kind`` a builtin or defined in an installed package (an SDK's client, a
    router)? Its objects' attributes are not looked into: the user's code reads their items
    through the package's methods, which keep their own state. (The standard library's
    objects are: a `ChainMap`'s maps, a `SimpleNamespace`'s attributes.)"""
    found = _LIBRARY.get(kind)
    if found is None:
        if not _LIBRARY_PATHS:
            import sysconfig

            names = ("purelib", "platlib")  # (the standard library's objects: looked into)
            _LIBRARY_PATHS.append(tuple({p for n in names if (p := sysconfig.get_paths().get(n))}))
        name = type.__dict__["__module__"].__get__(kind)  # (a metaclass's property: not run)
        module = sys.modules.get(name) if type(name) is str else None
        file = vars(module).get("__file__") if module is not None else None
        found = name == "builtins" or (type(file) is str and file.startswith(_LIBRARY_PATHS[0]))
        _LIBRARY[kind] = found
    return found


def _attributes(value: Any, kind: type) -> list[Any]:
    """``value``'s own attributes: its instance dict's values and its slots' (read through
    the C-level getters, running no one's code)."""
    found: list[Any] = []
    try:
        own = object.__getattribute__(value, "__dict__")
    except (AttributeError, TypeError):
        own = None
    if type(own) is dict:
        found.extend(dict.values(own))
    for c in type.__dict__["__mro__"].__get__(kind):
        for name in type.__dict__["__dict__"].__get__(c).get("__slots__", ()):
            slot = type.__dict__["__dict__"].__get__(c).get(name) if type(name) is str else None
            if type(slot) is types.MemberDescriptorType:
                with contextlib.suppress(AttributeError):  # (an empty slot)
                    found.append(slot.__get__(value))
    return found


def _namespaces(cls: type) -> list[Any]:
    """The values a class's namespace and its bases' hold (not a library's class's)."""
    found: list[Any] = []
    for c in type.__dict__["__mro__"].__get__(cls):
        if not _library_class(c):
            found.extend(type.__dict__["__dict__"].__get__(c).values())
    return found


# -- output ---------------------------------------------------------------------------------

# Streams written without running anyone's code, by the module their class is defined in:
# the io module's, and the capture objects of pytest and Jupyter.
_STREAM_MODULES = frozenset({"io", "_io", "_pytest.capture", "ipykernel.iostream"})
_HANDLER_MODULES = frozenset({"logging", "logging.handlers", "_pytest.logging"})


def _plain(dest: Any) -> bool:
    if type(dest) is str:
        if dest == "stdout":
            return _stream(sys.stdout)
        if dest == "stderr":
            return _stream(sys.stderr)
        if dest == "root logger":
            return _logger(_logging().root)
        return False  # "unknown"
    logging = sys.modules.get("logging")
    if logging is not None and isinstance(dest, logging.Logger):
        return _logger(dest)
    return _stream(dest)


def _stream(s: Any) -> bool:
    """A stream whose ``write`` is the standard library's (None: ``print`` writes nothing)."""
    return s is None or type(s).__module__ in _STREAM_MODULES


def _logging() -> Any:
    import logging

    return logging


def _logger(logger: Any) -> bool:
    """Is every step of logging a record through ``logger`` the standard library's: the
    record factory, the logger's class, its handlers (their formatters, streams and targets)
    and filters, and its ancestors' while records propagate, the last resort's stream too?"""
    logging = _logging()
    if logging.getLogRecordFactory() is not logging.LogRecord:
        return False
    found = False
    while logger is not None:
        if type(logger).__module__ != "logging" or not _filters(logger):
            return False
        for h in logger.handlers:
            if not _handler(h):
                return False
            found = True
        if not logger.propagate:
            break
        logger = logger.parent
    # No handler anywhere: `logging.lastResort` writes to sys.stderr.
    return found or _stream(sys.stderr)


def _handler(h: Any) -> bool:
    if type(h).__module__ not in _HANDLER_MODULES or not _filters(h):
        return False
    formatter = h.formatter
    if formatter is not None and type(formatter).__module__ not in _HANDLER_MODULES:
        return False
    stream = getattr(h, "stream", None)
    if stream is not None and not _stream(stream):
        return False
    target = getattr(h, "target", None)  # a MemoryHandler's
    return target is None or _handler(target)


def _filters(owner: Any) -> bool:
    return all(type(f).__module__ == "logging" for f in owner.filters)
