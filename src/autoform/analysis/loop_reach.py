"""What of the user's code may ask for, or run, an event loop where no call names it: a read
or a call of a member whose receiver's class cannot be told (``team.lead.profile``,
``[u.profile for u in users]``, a helper's unannotated parameter), a call through a local,
the making of an object. Such code runs with the loop hidden like the rest of a ``def``'s
(`autoform.hiding`); what this tells is an effect: a helper reaching a loop keeps its place.

A function may reach the loop when the names its code refers to may: a name of
`LOOP_BOUND` (``asyncio.run``, as a module's attribute or a global), a loop made at module
level, a function or class of the user's that may (followed through globals, closures and
wrappers), or the attribute name of a member that may (``self.fetch()``). An ``async def``
does not: awaited, its body runs in a loop in the sequential program too. Over-approximate
and quick: no function is compiled, and a reference in code that never runs counts too;
running such code with no loop running changes nothing the sequential program would see.
Library classes are taken not to reach the loop through an attribute, as library calls are
unless `LOOP_BOUND` names them.

Needs: the function's namespaces and the user's classes there (`live_loop_members`), or a
module's source (`static_loop_members`, for the command line). Produces: `LoopMembers`,
which `coroutines` and the resolvers read to mark what touches the loop.
"""

from __future__ import annotations

import ast
import builtins
import contextlib
import functools
import inspect
import sys
import types
import weakref
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = [
    "READ_HOOKS",
    "LoopMembers",
    "live_call_reaches",
    "live_loop_members",
    "static_loop_members",
]

# What asks for, or runs, an event loop, by resolved name (a live function's module and
# qualname, or an import's dotted name: both spellings).
LOOP_BOUND = frozenset(
    [
        "asyncio.run",
        "asyncio.runners.run",
        "asyncio.Runner",
        "asyncio.runners.Runner",
        "asyncio.get_running_loop",
        "asyncio.events.get_running_loop",
        "_asyncio.get_running_loop",
        "asyncio.get_event_loop",
        "asyncio.events.get_event_loop",
        "_asyncio.get_event_loop",
        "asyncio.new_event_loop",
        "asyncio.events.new_event_loop",
        "asyncio.current_task",
        "asyncio.tasks.current_task",
        "_asyncio.current_task",
        "asyncio.all_tasks",
        "asyncio.tasks.all_tasks",
        "asyncio.create_task",
        "asyncio.tasks.create_task",
        "asyncio.ensure_future",
        "asyncio.tasks.ensure_future",
        "sniffio.current_async_library",
        "sniffio._impl.current_async_library",
        "anyio.run",
        "trio.run",
        # the running loop read without asking, a loop made or set by hand, the policy
        "asyncio._get_running_loop",
        "asyncio.events._get_running_loop",
        "_asyncio._get_running_loop",
        "asyncio.set_event_loop",
        "asyncio.events.set_event_loop",
        "asyncio.get_event_loop_policy",
        "asyncio.events.get_event_loop_policy",
        "asyncio.SelectorEventLoop",
        "asyncio.unix_events._UnixSelectorEventLoop",
        "asyncio.selector_events.BaseSelectorEventLoop",
        "asyncio.ProactorEventLoop",
        "asyncio.windows_events.ProactorEventLoop",
        "asyncio.EventLoop",
    ]
)
# Names whose code runs what it is given by name or text, which may be any of the above
# (`getattr(asyncio, "run")`, `importlib.import_module`, `eval`): a function naming one of
# these and a module of an async framework, or one of `_ANYTHING`, may reach the loop.
_BY_NAME = frozenset({"getattr", "vars", "__dict__", "modules"})
_ANYTHING = frozenset({"eval", "exec", "__import__", "import_module"})
LOOP_PACKAGES = frozenset({"asyncio", "_asyncio", "anyio", "trio", "sniffio"})
# Members run by a read of any attribute name (``__getattr__`` only for names not found).
READ_HOOKS = frozenset({"__getattr__", "__getattribute__"})


@dataclass(frozen=True)
class LoopMembers:
    """What of the user's classes and functions a function may meet may reach the loop.

    ``names``: members (properties, methods, class attributes holding functions) that may,
    read or called. ``any_name``: some class's ``__getattr__``/``__getattribute__`` may, so
    a read of any name may. ``called``: some function or member of the user's may, so a
    call of a value the function holds may."""

    names: frozenset[str] = frozenset()
    any_name: bool = False
    called: bool = False

    def __contains__(self, name: str) -> bool:
        return self.any_name or name in self.names


NONE = LoopMembers()
_Members = Mapping[str, list[tuple[frozenset[str], bool]]]


def _fixed_point(members: _Members, called: bool) -> LoopMembers:
    """``members``: each member name (``name=`` for a setter or deleter) -> (the attribute
    names its code refers to, whether it reaches the loop by what else it refers to), for
    every function bound to it."""
    reaching = {name for name, fns in members.items() if any(own for _, own in fns)}
    changed = True
    while changed:
        changed = False
        for name, fns in members.items():
            if name not in reaching and any(attrs & reaching for attrs, _ in fns):
                reaching.add(name)
                changed = True
    return LoopMembers(
        frozenset(n for n in reaching if not n.endswith("=")),
        bool(reaching & READ_HOOKS),
        called or bool(reaching),
    )


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
    """The plain functions reading or calling a class attribute holding ``value`` runs
    (through wrappers: ``functools.wraps``, ``partial``)."""
    if _is(value, functools.cached_property):
        value = [value.func]
    elif _is(value, staticmethod | classmethod):
        value = [value.__func__]
    else:
        value = [value]
    out = []
    for v in value:
        while _is(v, types.FunctionType | functools.partial):
            if _is(v, functools.partial):
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
    if fn.__code__.co_flags & (inspect.CO_COROUTINE | inspect.CO_ASYNC_GENERATOR):
        found = False  # (awaited: its body runs in a loop, in the sequential program too)
    else:
        names = _names(fn.__code__)
        values: list[Any] = [fn.__globals__.get(n, getattr(builtins, n, None)) for n in names]
        for cell in fn.__closure__ or ():
            with contextlib.suppress(ValueError):  # (a cell not yet filled)
                values.append(cell.cell_contents)
        found = bool(names & _ANYTHING) or any(_value_reaches(v, names, seen, user) for v in values)
    if found or len(seen) == 1:  # (a False met inside a cycle may be early: not kept)
        _reaches[fn] = found
    return found


def _is(value: Any, kinds: Any) -> bool:
    """``isinstance``, by the value's type alone: reading its ``__class__`` may run the
    user's code (a property), which no analysis may."""
    return issubclass(type(value), kinds)


# How deep containers of containers are looked into; deeper, a value may reach the loop (a
# list nested 200,000 deep in a module: Python's own recursion would fail first).
_DEEPEST = 100


def _nested_deeper(value: Any) -> bool:
    """Is ``value`` a container holding containers `_DEEPEST` levels down (read without
    recursion)?"""
    level = [value]
    for _ in range(_DEEPEST):
        level = [v for x in level if type(x) in _CONTAINERS for v in _held(x)]
        level = [v for v in level if type(v) in _CONTAINERS]
        if not level:
            return False
    return True


def _value_reaches(
    value: Any, names: frozenset[str], seen: set[int], user: Callable[[Any], bool]
) -> bool:
    """May code that refers to ``value`` (and to the attribute ``names``) reach the loop?"""
    if value is None or id(value) in seen:
        return False
    if len(seen) > _DEEPEST and _nested_deeper(value):
        return True
    kind = type(value)  # (by its type alone: see `_is`)
    if issubclass(kind, types.ModuleType):  # `asyncio.run(...)`, `getattr(asyncio, name)`
        if value.__name__ in ("sys", "importlib"):
            return bool(names & _BY_NAME) or bool(names & _ANYTHING)
        return any(f"{value.__name__}.{n}" in LOOP_BOUND for n in names) or (
            value.__name__.partition(".")[0] in LOOP_PACKAGES and bool(names & _BY_NAME)
        )
    if type(value) in _CONTAINERS:  # `TABLE[k](x)` (exactly: a subclass's code is not run)
        seen.add(id(value))
        return any(_value_reaches(v, names, seen, user) for v in _held(value))
    # (an object's own attributes are not read: its `__getattr__` is someone's code)
    if issubclass(kind, _NAMED):  # `from asyncio import run`
        if f"{value.__module__}.{value.__qualname__}" in LOOP_BOUND:
            return True
    elif type(value).__module__.partition(".")[0] == "asyncio" and hasattr(
        type(value), "run_until_complete"
    ):
        return True  # a loop made at module level (`LOOP = asyncio.new_event_loop()`)
    if issubclass(kind, types.FunctionType):
        if not user(value):
            # a wrapper (`functools.wraps`'s); `singledispatch`'s, by what it dispatches to
            inner = [getattr(value, "__wrapped__", None)]
            inner += list(getattr(value, "registry", {}).values())
            seen.add(id(value))
            return any(_value_reaches(v, names, seen, user) for v in inner)
        return _function_reaches(value, seen, user)
    if issubclass(kind, types.MethodType | functools.partial):
        target = value.__func__ if issubclass(kind, types.MethodType) else value.func
        return _value_reaches(target, names, seen, user)
    cls = value if issubclass(kind, type) else kind
    if not user(cls):
        return False
    seen.add(id(value))
    held = [  # (a class attribute holding a loop, a table of functions)
        v
        for k in cls.__mro__[:-1]
        for v in list(vars(k).values())
        if not _is(v, types.FunctionType | property | staticmethod | classmethod)
        and not _is(v, _PLAIN)
    ]
    return any(
        _function_reaches(fn, seen, user) for fn in _class_functions(cls) if id(fn) not in seen
    ) or any(_value_reaches(v, names, seen, user) for v in held)


def _class_functions(cls: type) -> list[types.FunctionType]:
    return [
        fn
        for k in cls.__mro__[:-1]
        for v in vars(k).values()
        for part in ([v.fget, v.fset, v.fdel] if _is(v, property) else [v])
        for fn in _functions(part)
    ]


# What calling a class runs of it.
_CONSTRUCTORS = ("__new__", "__init__", "__post_init__")


def _members(
    classes: Iterable[type], user: Callable[[Any], bool]
) -> dict[str, list[tuple[frozenset[str], bool]]]:
    """The classes' members, by name (``name=`` for a setter or deleter), for `_fixed_point`."""
    members: dict[str, list[tuple[frozenset[str], bool]]] = {}
    for cls in classes:
        for k in cls.__mro__[:-1]:
            for name, v in list(vars(k).items()):
                parts = [(name, v)]
                if _is(v, property):
                    parts = [(name, v.fget), (f"{name}=", v.fset), (f"{name}=", v.fdel)]
                for key, part in parts:
                    for fn in _functions(part):
                        own = _function_reaches(fn, set(), user)
                        members.setdefault(key, []).append((_names(fn.__code__), own))
                if (
                    # a class attribute holding a loop, or a table of functions reaching one
                    not _functions(v)
                    and not _is(v, (*_PLAIN, property, type))
                    and _value_reaches(v, frozenset(), set(), user)
                ):
                    members.setdefault(name, []).append((frozenset(), True))
    return members


_PLAIN = (str, int, float, bool, bytes, type(None))


def live_call_reaches(value: Any, members: LoopMembers, user: Callable[[Any], bool]) -> bool:
    """May calling ``value`` (a class of the user's: what making one runs; a function, a
    bound method) reach the loop? ``members``: the function's `live_loop_members`."""
    if _is(value, type):
        if not user(value):
            return False
        found = [
            fn
            for name in _CONSTRUCTORS
            for k in value.__mro__[:-1]
            if name in vars(k)
            for fn in _functions(vars(k)[name])
        ]
        return any(
            _function_reaches(fn, set(), user) or _names(fn.__code__) & members.names
            for fn in found
        )
    return _value_reaches(value, frozenset(), set(), user)


def live_loop_members(
    namespaces: Iterable[Mapping[str, Any]],
    user: Callable[[Any], bool],
    subclasses: Callable[[type], list[type]],
) -> LoopMembers:
    """The members reaching the loop of the user's classes a function may meet: the
    classes its namespaces (globals, closure) hold, those of the modules its user's
    functions and classes come from, and their subclasses; and whether a function of the
    user's those hold may. ``user``: is a function or class the user's (its code is read;
    a library's is not)."""
    classes: dict[int, type] = {}
    spaces = list(namespaces)
    modules: set[str] = set()
    for space in spaces:
        for v in list(space.values()):
            if _is(v, type | types.FunctionType) and user(v):
                modules.add(v.__module__)
    for name in modules:
        module = sys.modules.get(name)
        if module is not None:
            spaces.append(vars(module))
    called = False
    for space in spaces:
        for v in list(space.values()):
            for fn in _functions(v):  # (`@contextmanager`'s wrapper: the generator inside)
                if user(fn) and _function_reaches(fn, set(), user):
                    called = True
            if type(v) in _CONTAINERS and not called:
                called = _value_reaches(v, frozenset(), set(), user)  # (a table of functions)
            cls = v if _is(v, type) else type(v)
            if id(cls) not in classes and user(cls):
                classes[id(cls)] = cls
    for cls in list(classes.values()):
        for sub in subclasses(cls):
            classes.setdefault(id(sub), sub)
    return _fixed_point(_members(classes.values(), user), called)


# What has a module and a qualified name of its own, read without running anyone's code.
_NAMED = (type, types.FunctionType, types.BuiltinFunctionType)
# How many items of a container the search looks into.
_MANY = 1000
# Containers looked into, by exact type (a subclass's `__iter__` is the user's code).
_CONTAINERS: frozenset[type] = frozenset({list, tuple, set, frozenset, dict, types.SimpleNamespace})


def _held(value: Any) -> list[Any]:
    """What a container of `_CONTAINERS` holds (its first `_MANY` items or values)."""
    if _is(value, dict | types.SimpleNamespace):
        return list(vars(value).values() if _is(value, types.SimpleNamespace) else value.values())[
            :_MANY
        ]
    return list(value)[:_MANY]


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
        if isinstance(node, ast.AsyncFunctionDef):
            # (awaited: its body runs in a loop, in the sequential program too; a decorator
            # may run one around it)
            return any(reaches(d, seen) for d in node.decorator_list)
        if id(node) in reached:
            return reached[id(node)]
        seen.add(id(node))
        found = False
        for n in ast.walk(node):
            dotted = _dotted(n) if isinstance(n, ast.Name | ast.Attribute) else None
            target = qualify(dotted) if dotted is not None else None
            if target is None:
                continue
            if target in loop_bound:
                found = True
                break
            own, _, local = target.rpartition(".")
            if own != module_name:
                continue
            found = any(
                owner is not None and id(owner) not in seen and reaches(owner, seen)
                for owner in (functions.get(local), classes.get(local))
            )
            if found:
                break
        if found or len(seen) == 1:
            reached[id(node)] = found
        return found

    called = any(reaches(fn, set()) for fn in functions.values())
    members: dict[str, list[tuple[frozenset[str], bool]]] = {}
    for cls in classes.values():
        for stmt in cls.body:
            if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef):
                attrs = frozenset(n.attr for n in ast.walk(stmt) if isinstance(n, ast.Attribute))
                setter = any(
                    isinstance(d, ast.Attribute) and d.attr in ("setter", "deleter")
                    for d in stmt.decorator_list
                )
                key = f"{stmt.name}=" if setter else stmt.name
                members.setdefault(key, []).append((attrs, reaches(stmt, set())))
    return _fixed_point(members, called)


def _dotted(node: ast.AST) -> str | None:
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(node.id)
    return ".".join(reversed(parts))
