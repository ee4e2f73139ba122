"""Which attributes of the user's classes may ask for, or run, an event loop when read or
called: for reads whose receiver's class the analysis cannot tell (``team.lead.profile``,
``[u.profile for u in users]``, a helper's unannotated parameter).

A function may reach the loop when the names its code refers to may: a module of an async
framework (``asyncio.run``), a name of `coroutines.LOOP_BOUND`, a function or class of the
user's that may (followed through globals and closures), or the attribute name of a member
that may (``self.fetch()``). Over-approximate and quick: no function is compiled, and a
reference in code that never runs counts too; reading such an attribute with no loop running
changes nothing the sequential program would see. Library classes are assumed not to reach
the loop through an attribute, as library calls are unless `LOOP_BOUND` names them.

`live_loop_members` reads live classes (``af.concurrent``); `static_loop_members` a module's
source (the command line). Both produce `LoopMembers`.
"""

from __future__ import annotations

import ast
import builtins
import contextlib
import functools
import sys
import types
import weakref
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["LoopMembers", "live_loop_members", "static_loop_members"]

# Packages whose functions ask for, or run, an event loop, by their top-level name.
LOOP_PACKAGES = frozenset({"asyncio", "_asyncio", "anyio", "trio", "sniffio"})
# Members run by a read of any attribute name (``__getattr__`` only for names not found).
_READ_HOOKS = frozenset({"__getattr__", "__getattribute__"})


@dataclass(frozen=True)
class LoopMembers:
    """``names``: members (properties, methods, class attributes holding functions) of some
    class of the user's that may reach the loop when read or called. ``any_name``: some
    class's ``__getattr__``/``__getattribute__`` may, so a read of any name may."""

    names: frozenset[str] = frozenset()
    any_name: bool = False

    def __contains__(self, name: str) -> bool:
        return self.any_name or name in self.names


NONE = LoopMembers()


def _fixed_point(
    members: Mapping[str, list[tuple[frozenset[str], bool]]],
) -> LoopMembers:
    """``members``: each member name -> (the attribute names its code refers to, whether
    it reaches the loop by what else it refers to), for every function bound to it."""
    reaching = {name for name, fns in members.items() if any(own for _, own in fns)}
    changed = True
    while changed:
        changed = False
        for name, fns in members.items():
            if name not in reaching and any(attrs & reaching for attrs, _ in fns):
                reaching.add(name)
                changed = True
    return LoopMembers(frozenset(reaching), bool(reaching & _READ_HOOKS))


# ---- live objects ----------------------------------------------------------------------

# function -> does its code refer to what may reach the loop (attribute names aside)
_reaches: weakref.WeakKeyDictionary[types.FunctionType, bool] = weakref.WeakKeyDictionary()
# code object -> the names its code (and nested code) refers to
_code_names: weakref.WeakKeyDictionary[types.CodeType, frozenset[str]] = weakref.WeakKeyDictionary()


def _names(code: types.CodeType) -> frozenset[str]:
    found = _code_names.get(code)
    if found is None:
        out = set(code.co_names)
        for const in code.co_consts:
            if isinstance(const, types.CodeType):
                out |= _names(const)
        found = _code_names[code] = frozenset(out)
    return found


def _functions(value: Any) -> list[types.FunctionType]:
    """The plain functions reading or calling a class attribute holding ``value`` runs."""
    if isinstance(value, property):
        value = [value.fget, value.fset, value.fdel]
    elif isinstance(value, functools.cached_property):
        value = [value.func]
    elif isinstance(value, staticmethod | classmethod):
        value = [value.__func__]
    else:
        value = [value]
    out = []
    for v in value:
        while isinstance(v, types.FunctionType | functools.partial):
            if isinstance(v, functools.partial):
                v = v.func
                continue
            out.append(v)
            v = getattr(v, "__wrapped__", None)
    return out


def _function_reaches(fn: types.FunctionType, seen: set[int], user: Callable[[Any], bool]) -> bool:
    hit = _reaches.get(fn)
    if hit is not None:
        return hit
    seen.add(id(fn))
    names = _names(fn.__code__)
    values: list[Any] = [fn.__globals__.get(n, getattr(builtins, n, None)) for n in names]
    for cell in fn.__closure__ or ():
        with contextlib.suppress(ValueError):  # (a cell not yet filled)
            values.append(cell.cell_contents)
    found = any(_value_reaches(v, seen, user) for v in values)
    if found or len(seen) == 1:  # (a False met inside a cycle may be early: not kept)
        _reaches[fn] = found
    return found


def _value_reaches(value: Any, seen: set[int], user: Callable[[Any], bool]) -> bool:
    if value is None or id(value) in seen:
        return False
    if isinstance(value, types.ModuleType):
        return value.__name__.partition(".")[0] in LOOP_PACKAGES
    module = getattr(value, "__module__", None)
    if isinstance(module, str) and module.partition(".")[0] in LOOP_PACKAGES:
        return callable(value)
    if isinstance(value, types.FunctionType):
        if not user(value):
            inner = getattr(value, "__wrapped__", None)
            return inner is not None and _value_reaches(inner, seen, user)
        return _function_reaches(value, seen, user)
    if isinstance(value, types.MethodType | functools.partial):
        target = value.__func__ if isinstance(value, types.MethodType) else value.func
        return _value_reaches(target, seen, user)
    cls = value if isinstance(value, type) else type(value)
    if not user(cls):
        return False
    seen.add(id(value))
    return any(
        _function_reaches(fn, seen, user)
        for k in cls.__mro__[:-1]
        for v in vars(k).values()
        for fn in _functions(v)
        if id(fn) not in seen
    )


def live_loop_members(
    namespaces: Iterable[Mapping[str, Any]],
    user: Callable[[Any], bool],
    subclasses: Callable[[type], list[type]],
) -> LoopMembers:
    """The members reaching the loop of the user's classes a function may meet: the
    classes its namespaces (globals, closure) hold, those of the modules its user's
    functions and classes come from, and their subclasses. ``user``: is a function or class
    the user's (its code is read; a library's is not)."""
    classes: dict[int, type] = {}
    spaces = list(namespaces)
    modules: set[str] = set()
    for space in spaces:
        for v in list(space.values()):
            if isinstance(v, type | types.FunctionType) and user(v):
                modules.add(v.__module__)
    for name in modules:
        module = sys.modules.get(name)
        if module is not None:
            spaces.append(vars(module))
    for space in spaces:
        for v in list(space.values()):
            cls = v if isinstance(v, type) else type(v)
            if id(cls) not in classes and user(cls):
                classes[id(cls)] = cls
    for cls in list(classes.values()):
        for sub in subclasses(cls):
            classes.setdefault(id(sub), sub)
    members: dict[str, list[tuple[frozenset[str], bool]]] = {}
    for cls in classes.values():
        for k in cls.__mro__[:-1]:
            for name, v in list(vars(k).items()):
                for fn in _functions(v):
                    own = _function_reaches(fn, set(), user)
                    members.setdefault(name, []).append((_names(fn.__code__), own))
    return _fixed_point(members)


# ---- a module's source -----------------------------------------------------------------


def static_loop_members(
    tree: ast.Module,
    module_name: str,
    qualify: Callable[[str], str | None],
    loop_bound: frozenset[str],
) -> LoopMembers:
    """The members reaching the loop of the module's classes (those of its top level),
    read from its source: ``qualify`` gives what a dotted name of the module's resolves to
    (``asyncio.run``, ``<module_name>.helper``), None if unknown."""
    functions: dict[str, ast.FunctionDef | ast.AsyncFunctionDef] = {}
    classes: dict[str, ast.ClassDef] = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef):
            functions[stmt.name] = stmt
        elif isinstance(stmt, ast.ClassDef):
            classes[stmt.name] = stmt
    reached: dict[int, bool] = {}

    def reaches(node: ast.AST, seen: set[int]) -> bool:
        if id(node) in reached:
            return reached[id(node)]
        seen.add(id(node))
        found = False
        for n in ast.walk(node):
            dotted = _dotted(n) if isinstance(n, ast.Name | ast.Attribute) else None
            if dotted is None:
                continue
            target = qualify(dotted)
            if target is None:
                continue
            if target in loop_bound or target.partition(".")[0] in LOOP_PACKAGES:
                found = True
                break
            own, _, local = target.rpartition(".")
            if own != module_name:
                continue
            for owner in (functions.get(local), classes.get(local)):
                if owner is not None and id(owner) not in seen and reaches(owner, seen):
                    found = True
                    break
            if found:
                break
        if found or len(seen) == 1:
            reached[id(node)] = found
        return found

    members: dict[str, list[tuple[frozenset[str], bool]]] = {}
    for cls in classes.values():
        for stmt in cls.body:
            if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef):
                attrs = frozenset(n.attr for n in ast.walk(stmt) if isinstance(n, ast.Attribute))
                members.setdefault(stmt.name, []).append((attrs, reaches(stmt, set())))
    return _fixed_point(members)


def _dotted(node: ast.AST) -> str | None:
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(node.id)
    return ".".join(reversed(parts))
