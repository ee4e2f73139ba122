"""Resolvers: what a name the function calls refers to. `LiveResolver` asks the function's
live globals, closure and builtins (for ``af.concurrent``); `StaticResolver` reads the
module's imports and simple aliases without running it (for ``autoform-compile``), and
hands a name imported from elsewhere (``from .util import llm_call``) to its ``follow``
hook, which reads that file the same way."""

from __future__ import annotations

import ast
import builtins
import contextlib
import contextvars
import functools
import inspect
import itertools
import textwrap
import threading
import types
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any, Protocol

import libcst as cst

from .. import clients
from ..hiding import code_names
from ..primitives import PrimitiveSpec, spec_of
from ..source import module_tree
from .calls import (
    CallInfo,
    CallKind,
    HelperSummary,
    dotted_name,
    helper_info,
    info_for_qualname,
    local_names,
    method_info,
    names_context_writer,
)
from .coroutines import LOOP_BOUND, reaches_loop
from .knowledge import CONTEXT_MODULES, PURE_BUILTINS
from .loop_reach import (
    READ_HOOKS,
    LoopMembers,
    live_call_reaches,
    live_loop_members,
    static_loop_members,
)
from .static_classes import (
    HOOKS,
    Held,
    attribute_counts,
    body_names,
    handed_on,
    init_attributes,
    rebinds_globally,
)

__all__ = [
    "Attribute",
    "Imports",
    "LiveResolver",
    "StaticResolver",
    "attribute_stores",
    "bound_once",
    "class_files",
    "library_paths",
    "one_compile",
    "plain_class",
    "subclasses",
    "user_class",
]


class LiveResolver:
    """Resolves names against a function's live globals, closure and builtins.

    ``summarize``: compiles a user's function to tell what it does (None: unknown); given
    a class, as a method of an object of that class (``exact``: of that very class).
    ``attributes``: what a class's ``__init__`` certainly sets on every instance
    (`Attribute`, by name). ``classes``: class objects known by a name no global has
    (``<self>``: the class a method is compiled for)."""

    def __init__(
        self,
        globals_: Mapping[str, Any],
        closure: Mapping[str, Any],
        summarize: Callable[..., HelperSummary | None] | None = None,
        attributes: Callable[[type, bool], Mapping[str, Attribute]] | None = None,
        classes: Mapping[str, type] | None = None,
    ) -> None:
        self._globals = globals_
        self._closure = closure
        self._summarize = summarize
        self._attributes = attributes
        self._classes = dict(classes or {})
        self._loop_members: LoopMembers | None = None

    def defines(self, name: str) -> bool:
        return name in self._closure or name in self._globals or hasattr(builtins, name)

    def kind_of(self, name: str) -> str | None:
        """What the global ``name`` holds, as its type's qualified name (``itertools.count``)."""
        if name in self._closure or name not in self._globals:
            return None
        kind = type(self._globals[name])
        return f"{kind.__module__}.{kind.__qualname__}"

    def sources(self, names: Iterable[str]) -> list[tuple[str, str]]:
        """(The modules ``names`` come from first, then every module of the user's reached
        from those and from the function's own module through their globals: a helper's
        helper may live in a third one.)"""
        import sys
        from collections import deque

        own = self._globals
        todo = deque(own[n] for n in names if n not in self._closure and n in own)
        todo += own.values()
        found: dict[str, str] = {}
        seen: set[int] = {id(own)}
        # Modules named by an import statement anywhere in a module read (inside a function
        # too: `from .hidden import Budget`), whose objects may come without a global.
        named: deque[str] = deque()
        own_file = own.get("__file__")
        if isinstance(own_file, str):
            named += _imports_in(_text(own_file), own.get("__name__"), own.get("__package__"))
        while (todo or named) and len(seen) < _MOST_MODULES:
            if not todo:
                name = named.popleft()
                loaded = sys.modules.get(name)
                if loaded is not None:
                    todo.append(loaded)
                    continue
                filename = _unloaded_file(name)
                if filename is None or filename in found:
                    continue
                seen.add(hash(filename))
                found[filename] = text = _text(filename)
                package = name if filename.endswith("__init__.py") else name.rpartition(".")[0]
                named += _imports_in(text, name, package)
                continue
            module = _module_of(todo.popleft())
            if module is None or id(vars(module)) in seen or not _users(module):
                continue
            seen.add(id(vars(module)))
            filename = getattr(module, "__file__", None)
            if isinstance(filename, str):
                found[filename] = text = _text(filename)
                named += _imports_in(text, module.__name__, vars(module).get("__package__"))
            todo += vars(module).values()
        return [(f, text) for f, text in found.items() if text]

    def bound_by(self, dotted: str) -> str | None:
        """``"import"`` for a global name (or a module's attribute, ``util.ask``) holding a
        module, ``"def"`` for one holding a function; else None."""
        head, _, rest = dotted.partition(".")
        if head in self._closure or head not in self._globals:
            return None
        obj = self._globals[head]
        for attr in rest.split(".") if rest else ():
            if type(obj) is not types.ModuleType:
                return None  # (an object's attribute may be a property: not read)
            obj = vars(obj).get(attr)
        return {types.ModuleType: "import", types.FunctionType: "def"}.get(type(obj))

    def method(self, cls: str, name: str, exact: bool) -> CallInfo | None:
        """A method of a class of the user's, found as Python finds it (through the MRO, in
        the classes' own namespaces), when it is a plain function no existing subclass
        overrides (``exact``: the object is of that very class, built by calling it)."""
        owner = self._object(cls)
        if not isinstance(owner, type):
            return None
        return self._method_of(owner, name, exact)

    def _method_of(self, owner: type, name: str, exact: bool) -> CallInfo | None:
        if self._summarize is None or not plain_class(owner):
            return None  # a metaclass or a `__new__` may hand back something else
        found = next((vars(k)[name] for k in owner.__mro__ if name in vars(k)), None)
        if not isinstance(found, types.FunctionType) or any(
            "__getattribute__" in vars(k) for k in owner.__mro__[:-1]
        ):
            return None  # a staticmethod, a property, an attribute computed when read
        if not exact and any(vars(k).get(name, found) is not found for k in subclasses(owner)):
            return None  # overridden: `self` may be either
        files = class_files(owner, found) | {self._globals.get("__file__") or ""} - {""}
        if any(stores_attribute(f, name) or stores_attribute(f, "__class__") for f in files):
            # An instance attribute of that name may shadow it; an object's class may be
            # swapped (`obj.__class__ = Other`).
            return None
        summary = self._summarize(found, owner, exact)
        return helper_info(f"{found.__module__}.{found.__qualname__}", summary)

    def getter(self, cls: str, name: str, exact: bool) -> CallInfo | None:
        """What reading the attribute ``name`` of an object of the user's class ``cls``
        runs, when it is a property (a plain function, found through the MRO, that no
        existing subclass overrides unless ``exact``), as a helper: None when it is no
        property, or when what a read runs cannot be told."""
        owner = self._object(cls)
        if not isinstance(owner, type) or self._summarize is None or not plain_class(owner):
            return None
        found = next((vars(k)[name] for k in owner.__mro__ if name in vars(k)), None)
        fget = _getter_function(found)
        if fget is None:
            return None
        if not exact and any(vars(k).get(name, found) is not found for k in subclasses(owner)):
            return None
        summary = self._summarize(fget, owner, exact)
        return helper_info(f"{fget.__module__}.{fget.__qualname__}", summary)

    def reads_loop(self, cls: str, name: str, exact: bool) -> bool | None:
        """May reading the attribute ``name`` of an object of the user's class ``cls`` ask
        for, or run, an event loop: a property (or cached property) of that name, or a
        ``__getattr__``/``__getattribute__``, of the class or (unless ``exact``) of any
        subclass existing now, whose code does? (Liberal: reading it with no loop running
        changes nothing the sequential run would see.) None: ``cls`` names no class."""
        owner = self._object(cls)
        if not isinstance(owner, type):
            return None
        if self._summarize is None:
            return False
        for k in [owner] if exact else [owner, *subclasses(owner)]:
            found = next((vars(b)[name] for b in k.__mro__ if name in vars(b)), None)
            hooks = [
                vars(b)[h]
                for b in k.__mro__[:-1]
                for h in ("__getattr__", "__getattribute__")
                if h in vars(b)
            ]
            for fn in [_getter_function(found), *hooks]:
                if isinstance(fn, types.FunctionType):
                    summary = self._summarize(fn, k, True)
                    if summary is not None and summary.touches_loop:
                        return True
        return False

    def loop_members(self) -> LoopMembers:
        """The members of the user's classes the function may meet that may reach an event
        loop when read or called (`loop_reach`): for objects whose class is not known."""
        if self._loop_members is None:
            spaces = [self._globals, self._closure, self._classes]
            found = _one_compile.members
            held = (id(self._globals), *((k, id(v)) for s in spaces[1:] for k, v in s.items()))
            if found is not None and held in found:
                self._loop_members = found[held][1]
            else:
                self._loop_members = live_loop_members(spaces, _remembered(_users), subclasses)
                if found is not None:  # (the values held: their identities stay theirs)
                    found[held] = ([self._globals, *spaces[1:]], self._loop_members)
        return self._loop_members

    def attribute(self, cls: str, name: str, exact: bool) -> tuple[str, bool] | str | None:
        """What the attribute ``name`` of an object of the class ``cls`` (of it exactly, or
        of a subclass) certainly holds, as its class's ``__init__`` set it: an object of a
        class of the user's, as (a name `method` takes, exact); a list of such objects
        (``list[<name>]``); or a builtin type's name (`valuetypes`: "str", "list[str]")."""
        owner = self._object(cls)
        if not isinstance(owner, type) or self._attributes is None:
            return None
        found = self._attributes(owner, exact).get(name)
        if found is None:
            return None
        if found.cls is not None:
            marker = self._marker(found.cls)
            return f"list[{marker}]" if found.items else (marker, found.exact)
        return found.type

    def _constructor(self, cls: type, qualname: str | None) -> CallInfo | None:
        """A class of the user's whose ``__init__`` makes no LM call and changes nothing
        but the new object (`HelperSummary.changes_self`): calling it makes a new object
        (that may hold what it is given) and does nothing anyone else could see."""
        if not user_class(cls) or not plain_class(cls) or self._summarize is None:
            return None
        init = next((vars(k)["__init__"] for k in cls.__mro__ if "__init__" in vars(k)), None)
        if not isinstance(init, types.FunctionType):
            return None
        summary = self._summarize(init, cls, True)
        if (
            summary is None
            or summary.awaits
            or summary.is_async
            or (summary.effects and not summary.changes_self)
            or summary.stops
            or summary.touches_loop
            or summary.changes_client
        ):
            return None
        made = HelperSummary(
            awaits=False,
            effects=False,
            reads_state=summary.reads_state,
            reads_changing=summary.reads_changing,
            fresh_result=True,
            positional=summary.positional[1:],
            guards=summary.guards,
        )
        return CallInfo(CallKind.PURE, qualname, helper=made)

    def lookup(self, dotted: str) -> Any:
        """What the global dotted name holds now (None if nothing)."""
        return self._object(dotted)

    def _marker(self, cls: type) -> str:
        marker = f"<{cls.__qualname__}@{id(cls):x}>"
        self._classes[marker] = cls
        return marker

    def _object(self, dotted: str) -> Any:
        head, *rest = dotted.split(".")
        obj: Any
        if head in self._classes:
            obj = self._classes[head]
        else:
            obj = self._closure.get(head, self._globals.get(head))
        for attr in rest:
            obj = quietly(obj, attr)
        return obj

    def resolve(self, dotted: str) -> CallInfo | None:
        head, *rest = dotted.split(".")
        if head in self._closure:
            obj = self._closure[head]
        elif head in self._globals:
            obj = self._globals[head]
        elif hasattr(builtins, head):
            obj = getattr(builtins, head)
        else:
            return None
        head_obj = obj
        try:
            for attr in rest:
                obj = _attribute(obj, attr)
        except AttributeError:
            return None
        if any(_intercepts(type(o)) for o in (head_obj, obj)):
            head_obj = None  # (no client's method is looked for through such an object)
        spec = spec_of(obj)
        if spec is not None:
            if _live_context_writer(inspect.getattr_static(obj, "_fn", None)):
                # (it changes its caller's context: called in place, as written)
                return CallInfo(CallKind.UNKNOWN, spec.qualname, writes_context=True)
            kind = CallKind.AWAITABLE if spec.awaitable else CallKind.PURE
            return CallInfo(kind, spec.qualname, spec, spec.immutable_result)
        for name in PURE_BUILTINS:
            if obj is getattr(builtins, name):
                return info_for_qualname(f"builtins.{name}")
        # A client's LM method (`litellm.completion`, `client.chat.completions.create`),
        # by what the receiver is; a client's class by the name the registry knows it by.
        found = clients.lookup(head_obj, ".".join(rest), quietly) if head_obj is not None else None
        if found is not None:
            return method_info(found[0], found[3])
        # An object of a class of the user's: only its class and its own `__dict__` are read
        # (a `__getattr__` of the user's would see reads the sequential call never makes).
        users = _is_user_object(obj) and not issubclass(
            type(obj), type | types.FunctionType | types.MethodType | types.ModuleType
        )
        if users:
            # Called: its class's `__call__`, on it.
            called = self._method_of(type(obj), "__call__", exact=True)
            if called is not None:
                return called
            full: str | None = f"{type(obj).__module__}.{type(obj).__qualname__}"
        else:
            known = clients.live_class(obj) or clients.live_blocking(obj)
            if known is not None:
                return CallInfo(CallKind.UNKNOWN, known)
            module = quietly(obj, "__module__")
            qualname = quietly(obj, "__qualname__")
            if module is None and issubclass(type(obj), types.BuiltinMethodType):
                # A builtin method of an object (``VAR.set``): named by its receiver's type.
                owner = quietly(obj, "__self__")
                if owner is not None and not issubclass(type(owner), types.ModuleType):
                    module = type(owner).__module__
            full = f"{module}.{qualname}" if module and qualname else None
        if issubclass(type(obj), types.FunctionType) and self._summarize is not None:
            helper = helper_info(full, self._summarize(obj))
            if helper is not None:
                return helper
        if issubclass(type(obj), type) and self._summarize is not None:
            made = self._constructor(obj, full)
            if made is not None:
                return made
        inner = (
            inspect.getattr_static(obj, "__wrapped__", None)
            if users
            else quietly(obj, "__wrapped__")
        )
        if type(inner) is types.FunctionType and self._summarize is not None:
            # A wrapper of a function (`functools.lru_cache`'s): an unknown call, which may do
            # what the function does (let a StopIteration out, run an event loop).
            summary = self._summarize(inner)
            if summary is not None:
                return CallInfo(
                    CallKind.UNKNOWN,
                    full,
                    stops=summary.stops,
                    # (`functools.singledispatch`'s: what it may dispatch to too)
                    touches_loop=summary.touches_loop
                    or live_call_reaches(obj, self.loop_members(), _users),
                    changes_client=summary.changes_client,
                )
        # (a class whose making may run a loop, a classmethod, a wrapper of the user's)
        reaches = live_call_reaches(obj, self.loop_members(), _users)
        return CallInfo(CallKind.UNKNOWN, full, touches_loop=reaches)


def _live_context_writer(fn: Any) -> bool:
    """Does ``fn`` (a primitive's function of the user's) name a context writer
    (`calls.names_context_writer`), by its source, resolved against its globals? (Asked
    once per function: read again, its source would be the same.)"""
    if type(fn) is not types.FunctionType:
        return False
    found = _WRITERS.get(fn)
    if found is None:
        found = _WRITERS[fn] = _names_writer(fn)
    return found


_WRITERS: weakref.WeakKeyDictionary[Any, bool] = weakref.WeakKeyDictionary()


def _names_writer(fn: types.FunctionType) -> bool:
    try:
        source = textwrap.dedent(inspect.getsource(fn))
        func = cst.parse_module(source).body[0]
    except (OSError, TypeError, cst.ParserSyntaxError, IndexError):
        return False
    if not isinstance(func, cst.FunctionDef):
        return False
    resolver = LiveResolver(fn.__globals__, closure_of(fn))
    return names_context_writer(func.body, resolver, local_names(func)) or _sets_held_var(fn)


def _sets_held_var(fn: types.FunctionType) -> bool:
    """May ``fn`` set a context variable through a name the analysis cannot resolve to the
    variable (``CONFIG["var"].set(x)``, ``var().set(x)``, a variable given as an argument,
    ``getattr(v, name)(x)``, a function of its module it calls doing so)? Its code, or that
    of its module's functions it names, names ``set``, ``reset`` or ``getattr``, and its
    module holds a context variable (itself, or in a container) or imports a module of
    `knowledge.CONTEXT_MODULES`."""
    names: set[str] = set()
    todo, seen = [fn], set[int]()
    while todo and len(seen) < 50:
        f = todo.pop()
        if type(f) is not types.FunctionType or id(f) in seen:
            continue
        seen.add(id(f))
        own = code_names(f.__code__)
        names |= own
        near = [f.__globals__[n] for n in own if n in f.__globals__]
        near += list(closure_of(f).values())
        todo += [v for v in near if type(v) is types.FunctionType and v.__module__ == fn.__module__]
    if not names & {"set", "reset", "getattr"}:
        return False
    held = list(fn.__globals__.values()) + list(closure_of(fn).values())
    if any(type(v) is types.ModuleType and v.__name__ in CONTEXT_MODULES for v in held):
        return True
    for _ in range(3):  # (the value, what a container holds, what that holds)
        if any(type(v) is contextvars.ContextVar for v in held):
            return True
        held = [x for v in held if type(v) in _HOLDERS for x in _holds(v)]
    return False


_HOLDERS = (dict, list, tuple, set, frozenset, types.SimpleNamespace)


def _holds(value: Any) -> list[Any]:
    """What a container of `_HOLDERS` holds, by exact type (no code of anyone's runs)."""
    if type(value) is types.SimpleNamespace:
        value = vars(value)
    items = value.values() if type(value) is dict else value
    return list(itertools.islice(items, 1000))


def closure_of(fn: Any) -> dict[str, Any]:
    """What ``fn`` closes over, by name (a cell not filled yet is left out)."""
    found: dict[str, Any] = {}
    for name, cell in zip(fn.__code__.co_freevars, fn.__closure__ or (), strict=True):
        with contextlib.suppress(ValueError):
            found[name] = cell.cell_contents
    return found


class Imports(Protocol):
    """What `StaticResolver` asks of the files around the module, of a name imported by
    ``from <level dots><dotted>`` (level 0: absolute; ``dotted`` the path from there to the
    name, ``util.llm_call``): None when that cannot be told."""

    def resolve(self, level: int, dotted: str) -> CallInfo | None:
        """What the imported name is, as a call."""

    def method(self, level: int, dotted: str, name: str, exact: bool) -> CallInfo | None:
        """The method ``name`` of the imported class ``dotted`` (see `Resolver.method`)."""

    def bound_by(self, level: int, dotted: str) -> str | None:
        """How the imported name is bound where it is defined (`Resolver.bound_by`)."""

    def source(self, level: int, module: str) -> tuple[str, str] | None:
        """The (file name, text) of the user's module ``module``, imported ``level``
        packages up; None for a module of a library, or one not found."""


class StaticResolver:
    """Resolves names from a module's imports and simple aliases, without running it.

    ``summarize``: compiles the module's function of that name to tell what it does.
    ``imports``: what a name imported from another module is (`Imports`), asked when the
    name is no call known by its qualified name. ``methods(f"{Owner}.{name}", cls, exact)``:
    the module's method compiled for an object of its class ``cls`` (``<Name>``, exact or
    not), as (the `Compiled`, the resolver it was compiled with); None if it cannot be.

    A class of the module is named by its module-level name (``Predict``) or, where an
    attribute's value names it (`attribute`), by a marker (``<Predict>``)."""

    def __init__(
        self,
        module: cst.Module,
        module_name: str = "__main__",
        summarize: Callable[[str], HelperSummary | None] | None = None,
        imports: Imports | None = None,
        methods: Callable[[str, str, bool], tuple[Any, Any] | None] | None = None,
    ) -> None:
        self._bindings: dict[str, str | None] = {}
        # name -> (import level, dotted path): where a name bound by an import comes from.
        self._imported: dict[str, tuple[int, str]] = {}
        self._imports = imports
        self._module_name = module_name
        self._summarize = summarize
        self._defs: set[str] = set()
        self._modules: set[str] = set()  # names bound by `import`
        self._plain_defs: set[str] = set()  # names bound by a `def` with no decorator
        self._primitives: dict[str, PrimitiveSpec] = {}  # functions decorated @af.primitive
        self._primitive_defs: dict[str, cst.FunctionDef] = {}
        self._made: dict[str, str | None] = {}  # `X = itertools.count()`: X -> what made it
        # The module's own `af.lm_method(Client, "path", ...)` declarations.
        self._declared: dict[tuple[str, str], clients.LMMethod] = {}
        self._classes: dict[str, cst.ClassDef | None] = {}  # the module's classes, by name
        self._module = module
        self._methods = methods
        self._ast: Any = None  # Python's parse of the module (None: not yet; False: none)
        self._counts: dict[str, int] | None = None  # `attribute_counts` of the module
        self._attrs: dict[tuple[str, bool], dict[str, Held]] = {}
        # Instance attributes of the module's classes that could not be told, and why
        # (``Class.attribute`` -> words), for the command line's report.
        self.refused: dict[str, str] = {}
        self._whole: dict[tuple[str, bool], str] = {}  # why no attribute of a class is told
        self._making: set[tuple[str, bool]] = set()  # `__init__`s compiling for `_constructor`
        self._loop_members: LoopMembers | None = None
        for stmt in _module_level_statements(module.body):
            self._bind(stmt)

    def _set(self, name: str, target: str | None, imported: tuple[int, str] | None = None) -> None:
        # A name bound twice at module level could be either: resolve it to nothing.
        self._bindings[name] = None if name in self._bindings else target
        if imported is not None and self._bindings[name] is not None:
            self._imported[name] = imported
        else:
            self._imported.pop(name, None)

    def _bind(self, stmt: cst.CSTNode) -> None:
        if isinstance(stmt, cst.Import):
            for alias in stmt.names:
                full = dotted_name(alias.name) or ""
                # `import a.b` binds `a`; `import a.b as m` binds `m` to `a.b`.
                bound = _asname(alias) if alias.asname is not None else full.split(".")[0]
                target = full if alias.asname is not None else bound
                self._set(bound, target, (0, target))
                self._modules.add(bound)
        elif isinstance(stmt, cst.ImportFrom):
            if isinstance(stmt.names, cst.ImportStar):
                return
            level = len(stmt.relative)
            base = dotted_name(stmt.module) if stmt.module is not None else ""
            if base is None:
                return
            for alias in stmt.names:
                name = dotted_name(alias.name) or ""
                bound = _asname(alias) if alias.asname is not None else name
                path = f"{base}.{name}" if base else name
                self._set(bound, self._absolute(level, path), (level, path))
        elif isinstance(stmt, cst.Assign):
            target_names = [t.target.value for t in stmt.targets if isinstance(t.target, cst.Name)]
            dotted = dotted_name(stmt.value)
            maker = dotted_name(stmt.value.func) if isinstance(stmt.value, cst.Call) else None
            for name in target_names:
                self._set(name, self._qualify(dotted) if dotted else None)
                made = self._qualify(maker) if maker else None
                self._made[name] = None if name in self._made else made
        elif isinstance(stmt, cst.Expr) and isinstance(stmt.value, cst.Call):
            self._declare(stmt.value)
        elif isinstance(stmt, cst.AnnAssign | cst.AugAssign):
            if isinstance(stmt.target, cst.Name):
                self._set(stmt.target.value, None)
        elif isinstance(stmt, cst.FunctionDef | cst.ClassDef):
            qualname = f"{self._module_name}.{stmt.name.value}"
            self._set(stmt.name.value, qualname)
            if isinstance(stmt, cst.ClassDef):
                self._classes[stmt.name.value] = None if stmt.name.value in self._classes else stmt
            if isinstance(stmt, cst.FunctionDef):
                self._defs.add(stmt.name.value)
                if not stmt.decorators:
                    self._plain_defs.add(stmt.name.value)
                if any(self._is_primitive_decorator(d) for d in stmt.decorators):
                    self._primitives[qualname] = PrimitiveSpec(
                        qualname, awaitable=True, immutable_result=False
                    )
                    self._primitive_defs[qualname] = stmt

    def sources(self, names: Iterable[str]) -> list[tuple[str, str]]:
        found: dict[str, str] = {}
        for name in [*names, *self._imported]:  # (what it names first, then every import)
            if name not in self._imported or self._imports is None:
                continue
            level, path = self._imported[name]
            module = path if name in self._modules else path.rpartition(".")[0]
            source = self._imports.source(level, module)
            if source is not None:
                found.setdefault(*source)
        return list(found.items())

    def _absolute(self, level: int, path: str) -> str:
        """The qualified name of what ``from <level dots><path>`` imports, as far as the
        module's own name tells its package (``.util.llm_call`` when it does not)."""
        if not level:
            return path
        package = self._module_name.split(".")[:-level]
        if not package:
            return "." * level + path
        return ".".join([*package, path])

    def _declare(self, call: cst.Call) -> None:
        """``af.lm_method(Client, "path", ...)`` at module level: what the run will declare."""
        dotted = dotted_name(call.func)
        if dotted is None or self._qualify(dotted) not in _DECLARE:
            return
        positional = [a.value for a in call.args if a.keyword is None and not a.star]
        keywords = {a.keyword.value: a.value for a in call.args if a.keyword is not None}
        if len(positional) != 2 or not isinstance(positional[1], cst.SimpleString):
            return
        receiver = dotted_name(positional[0])
        cls = self._qualify(receiver) if receiver else None
        path = positional[1].evaluated_value
        if cls is None or not isinstance(path, str):
            return
        flag = keywords.get("asynchronous")
        asynchronous = isinstance(flag, cst.Name) and flag.value == "True"
        self._declared[(cls, path)] = clients.LMMethod(cls, path, asynchronous)

    def _is_primitive_decorator(self, dec: cst.Decorator) -> bool:
        dotted = dotted_name(dec.decorator)
        qualname = self._qualify(dotted) if dotted else None
        return qualname in ("autoform.primitive", "autoform.primitives.primitive")

    def _qualify(self, dotted: str) -> str | None:
        head, _, rest = dotted.partition(".")
        if head in self._bindings:
            base = self._bindings[head]
            if base is None:
                return None
        elif hasattr(builtins, head):
            base = f"builtins.{head}"
        else:
            return None
        return f"{base}.{rest}" if rest else base

    def defines(self, name: str) -> bool:
        return name in self._bindings or hasattr(builtins, name)

    def kind_of(self, name: str) -> str | None:
        """What the module-level ``name`` holds, as the class that made it (``X =
        itertools.count()`` -> ``itertools.count``), when it is bound once, so."""
        if self._bindings.get(name, "") is not None:
            return None  # bound to a name (an alias), or not bound here
        return self._made.get(name)

    def bound_by(self, dotted: str) -> str | None:
        """``"import"`` for a module-level name bound once, by an ``import``, ``"def"`` for one
        bound once, by a ``def``; a module's attribute (``util.ask``), as that module's file
        says; else None."""
        name, _, rest = dotted.partition(".")
        bound = self._bindings.get(name)
        if rest:
            if not bound or name not in self._imported or self._imports is None:
                return None
            level, path = self._imported[name]
            return self._imports.bound_by(level, f"{path}.{rest}")
        if bound and name in self._modules:
            return "import"
        if bound and name in self._plain_defs and bound == f"{self._module_name}.{name}":
            return "def"
        if bound and name in self._imported and self._imports is not None:
            return self._imports.bound_by(*self._imported[name])  # (`from .util import ask`)
        return None

    def method(self, cls: str, name: str, exact: bool) -> CallInfo | None:
        """A method of a class of the module, found in the class or its bases of the module
        (one base each), when it is a plain ``def``, nothing in the module may set an
        instance attribute of that name (or an object's ``__class__``), and, unless
        ``exact``, no subclass of the module overrides it; compiled for an object of that
        class (`methods`) where the module tells how."""
        head, _, rest = cls.partition(".")
        if head in self._imported and self._imports is not None:
            # A class imported from another of the user's files: that file tells.
            level, path = self._imported[head]
            return self._imports.method(level, f"{path}.{rest}" if rest else path, name, exact)
        own = self._class(cls)
        if self._summarize is None or own is None:
            return None
        owner = self._method_owner(own, name, set())
        if owner is None:
            return None
        if self._stores(name) or self._stores("__class__"):
            self._refuse(own, name, "the file may set an attribute of that name on an object")
            return None
        if not exact:
            other = [k for k in self._below(own) if self._method_owner(k, name, set()) != owner]
            if other:  # overridden: `self` may be either
                self._refuse(own, name, f"overridden by the subclass `{other[0]}`")
                return None
        return helper_info(
            f"{self._module_name}.{owner}.{name}", self._method_summary(owner, name, own, exact)
        )

    def getter(self, cls: str, name: str, exact: bool) -> CallInfo | None:
        """What reading the attribute ``name`` of an object of the module's class ``cls``
        runs, when it is a ``@property`` (a plain ``def`` under that one decorator, found in
        the class or its bases, that no subclass of the module overrides unless ``exact``),
        as a helper; None when it is no property, or what a read runs cannot be told."""
        own = self._class(cls)
        if own is None or self._summarize is None or self._plain(own) is None:
            return None
        owner = self._getter_owner(own, name)
        if owner is None or self._stores(name) or self._stores("__class__"):
            return None
        if not exact and any(self._getter_owner(k, name) != owner for k in self._below(own)):
            return None
        return helper_info(
            f"{self._module_name}.{owner}.{name}", self._method_summary(owner, name, own, exact)
        )

    def reads_loop(self, cls: str, name: str, exact: bool) -> bool | None:
        """May reading the attribute ``name`` of an object of the module's class ``cls``
        ask for, or run, an event loop (its property, `getter`; or a hook reading any name
        that may)? None: ``cls`` names no class of the module."""
        own = self._class(cls)
        if own is None:
            return None
        if any(h in self._body(k) for k in self._plain(own) or [own] for h in READ_HOOKS):
            return self.loop_members().any_name
        return reaches_loop(self.getter(cls, name, exact))

    def loop_members(self) -> LoopMembers:
        """The members of the module's classes that may reach an event loop when read or
        called (`loop_reach`): for objects whose class is not known."""
        if self._loop_members is None:
            tree = self._tree()
            self._loop_members = (
                static_loop_members(tree, self._module_name, self._qualify, LOOP_BOUND)
                if tree is not None
                else LoopMembers(any_name=True)
            )
        return self._loop_members

    def attribute(self, cls: str, name: str, exact: bool) -> tuple[str, bool] | str | None:
        """What the attribute ``name`` of an object of the module's class ``cls`` (of it
        exactly, or of a subclass) certainly holds, as its ``__init__`` sets it: an object
        of a class of the module, as (its marker, exact); a list of such objects
        (``list[<Name>]``); or a builtin type's name (`valuetypes`: "str", "list[str]")."""
        own = self._class(cls)
        if own is None:
            return None
        found = self.attributes(own, exact).get(name)
        if found is None and any(name in self._body(k) for k in self._plain(own) or [own]):
            return None  # a method (or class attribute): what it does is said of it
        if found is None:
            why = self._whole.get((own, exact)) or (
                "not set by its `__init__` as a new object of a class of the module, a "
                "parameter annotated with one, or a value of a certain builtin type"
            )
            self._refuse(own, name, why)
            return None
        if found.cls is not None:
            return f"list[{found.cls}]" if found.items else (found.cls, found.exact)
        return found.type

    def attributes(self, cls: str, exact: bool) -> dict[str, Held]:
        """Every attribute the ``__init__`` of the module's class ``cls`` certainly sets on
        each object of it (or, unless ``exact``, of a subclass of the module), by name
        (`static_classes.init_attributes`); refusals are kept in `refused`."""
        own = self._class(cls)
        if own is None:
            return {}
        key = (own, exact)
        if (own, True) in self._making:
            return {}  # (asked while its `__init__` compiles to make one: not known yet)
        if key not in self._attrs:
            self._attrs[key] = {}  # (while it is worked out: an `__init__` making its class)
            found = self._attributes(own, exact)
            if isinstance(found, str):
                self._whole[key] = found
                found = {}
            self._attrs[key] = found
        return self._attrs[key]

    def _attributes(self, own: str, exact: bool) -> dict[str, Held] | str:
        """The attributes, or why none can be told."""
        classes = [own] if exact else [own, *self._below(own)]
        init = self._method_owner(own, "__init__", set())
        if self._methods is None:
            return "not read here"
        if init is None or self._plain(own) is None:
            return (
                "its class has no `__init__` autoform reads, or is made otherwise (a "
                "metaclass, a decorator, `__new__`, several bases or a base from elsewhere)"
            )
        chains = [self._plain(k) for k in classes]
        for k, chain in zip(classes, chains, strict=True):
            if chain is None or self._method_owner(k, "__init__", set()) != init:
                return f"the subclass `{k}` is made otherwise (an `__init__` of its own?)"
        bodies = {b: self._body(b) for c in chains for b in c or ()}
        hooks = [f"`{h}`" for names in bodies.values() for h in HOOKS if h in names]
        if hooks:
            return f"its class stores or reads attributes with code of its own ({hooks[0]})"
        if "*" in (names := {n for b in bodies.values() for n in b}):
            return "its class body binds names in a block"
        stores = self._store_counts()
        if any(k in stores for k in ("*", "__class__", "__init__")):
            # (`obj.__class__ = Other`: no longer what `__init__` made; `Cls.__init__ = f`)
            return (
                "the file may set any attribute (`setattr` with a computed name, `vars()`, "
                "`__dict__`), swap an object's `__class__` or replace an `__init__`"
            )
        made = self._methods(f"{init}.__init__", self.marker(own), exact)
        if made is None:
            return f"`{init}.__init__` could not be compiled"
        tree = self._tree()
        handed = handed_on(tree) if tree is not None else frozenset({"*"})
        return init_attributes(
            made[0],
            made[1],
            stores,
            names.__contains__,
            self._named_class,
            handed,
            lambda attr, why: self._refuse(own, attr, why),
        )

    def _refuse(self, cls: str, name: str, why: str) -> None:
        self.refused.setdefault(f"{cls}.{name}", why)

    def shadow(self, cls: str) -> Any:
        """The module's class ``cls`` as `classes.changes_self` reads a class: an object
        whose ``__mro__`` holds, for each class of its chain, a namespace of the names its
        body binds (and ``object`` last); None for no class of the module's."""
        own = self._class(cls)
        chain = self._plain(own) if own is not None else None
        if chain is None:
            return None
        spaces = [types.SimpleNamespace(**dict.fromkeys(self._body(k))) for k in chain]
        return types.SimpleNamespace(__mro__=(*spaces, object))

    def below(self, cls: str) -> list[str]:
        """The module's subclasses of its class ``cls``, at any depth, as markers."""
        own = self._class(cls)
        return [self.marker(k) for k in self._below(own)] if own is not None else []

    @staticmethod
    def marker(name: str) -> str:
        return f"<{name}>"

    def _method_summary(self, owner: str, name: str, cls: str, exact: bool) -> Any:
        if self._methods is not None:
            made = self._methods(f"{owner}.{name}", self.marker(cls), exact)
            return made[0].summary if made is not None else None
        return self._summarize(f"{owner}.{name}") if self._summarize is not None else None

    def _class(self, cls: str) -> str | None:
        """The module-level name of the module's class ``cls`` names (a marker, or a name
        bound once, to a class statement), else None."""
        name = cls[1:-1] if cls.startswith("<") and cls.endswith(">") else cls
        if self._classes.get(name) is None or self._bindings.get(name) is None:
            return None
        if name == cls and self._qualify(cls) != f"{self._module_name}.{cls}":
            return None
        return name

    def _named_class(self, dotted: str) -> str | None:
        """The marker of the module's class a name in a function's body certainly names:
        one bound once, to a class made as Python makes one (`_plain`)."""
        own = self._class(dotted) if not dotted.startswith("<") else None
        tree = self._tree()
        if own is None or tree is None or rebinds_globally(tree, own):
            return None
        return self.marker(own) if self._plain(own) is not None else None

    def _plain(self, cls: str) -> list[str] | None:
        """The chain of the module's classes ``cls`` inherits from (itself first), when each
        has one base of the module's or none, no metaclass, decorator or ``__new__``: calling
        it makes an object of it running its ``__init__``. None otherwise."""
        chain: list[str] = []
        name: str | None = cls
        while name is not None:
            node = self._classes.get(name)
            if node is None or name in chain or node.keywords or node.decorators:
                return None
            if self._bindings.get(name) is None or "__new__" in self._body(name):
                return None
            chain.append(name)
            bases = [dotted_name(b.value) for b in node.bases]
            bases = [b for b in bases if b != "object"]
            if len(bases) > 1 or (bases and bases[0] is None):
                return None
            name = bases[0] if bases else None
        return chain

    def _below(self, cls: str) -> list[str]:
        """The module's classes that name ``cls`` as a base, at any depth."""
        out: list[str] = []
        todo = [cls]
        while todo:
            base = todo.pop()
            for name, node in self._classes.items():
                if node is None or name in out or name == cls:
                    continue
                if any(dotted_name(b.value) == base for b in node.bases):
                    out.append(name)
                    todo.append(name)
        return out

    def _body(self, cls: str) -> frozenset[str]:
        node = self._classes.get(cls)
        return body_names(node) if node is not None else frozenset({"*"})

    def _getter_owner(self, cls: str, name: str) -> str | None:
        """The class of the module whose body defines ``name`` as a plain property."""
        for k in self._plain(cls) or ():
            node = self._classes.get(k)
            if node is None or "*" in self._body(k) or any(h in self._body(k) for h in HOOKS):
                return None
            if name not in self._body(k):
                continue
            defs = [s for s in node.body.body if isinstance(s, cst.FunctionDef)]
            found = [d for d in defs if d.name.value == name]
            if len(found) != 1 or _assigns(node, name) or len(found[0].decorators) != 1:
                return None
            decorator = dotted_name(found[0].decorators[0].decorator)
            if decorator is None or self._qualify(decorator) not in _GETTERS:
                return None
            return k
        return None

    def _method_owner(self, cls: str, name: str, seen: set[str]) -> str | None:
        """The class of the module whose ``def name`` a ``cls`` object's method is."""
        node = self._classes.get(cls)
        if node is None or cls in seen or node.keywords or self._bindings.get(cls) is None:
            return None  # not a class of the module's, once; or one made by a metaclass
        seen.add(cls)
        defs = {s.name.value: s for s in node.body.body if isinstance(s, cst.FunctionDef)}
        if any(n in defs for n in ("__new__", "__getattribute__")) or _assigns(node, name):
            return None
        if name in defs:
            return None if defs[name].decorators else cls
        bases = [dotted_name(b.value) for b in node.bases]
        bases = [b for b in bases if b != "object"]
        if len(bases) != 1 or bases[0] is None:
            return None  # none (not found), or several: Python's MRO is not walked here
        return self._method_owner(bases[0], name, seen)

    def _tree(self) -> Any:
        """Python's parse of the module (None if it has none)."""
        if self._ast is None:
            try:
                self._ast = module_tree(self._module.code)
            except (SyntaxError, ValueError):
                self._ast = False
        return self._ast or None

    def _store_counts(self) -> dict[str, int]:
        if self._counts is None:
            tree = self._tree()
            self._counts = attribute_counts(tree) if tree is not None else {"*": 1}
        return self._counts

    def _stores(self, name: str) -> bool:
        stored = self._store_counts()
        return name in stored or "*" in stored

    def resolve(self, dotted: str) -> CallInfo | None:
        info = self._resolve(dotted)
        if info is not None and info.kind is CallKind.UNKNOWN and self._makes_loop(dotted):
            info = replace(info, touches_loop=True)
        head, _, rest = dotted.partition(".")
        if (info is None or info.kind is CallKind.UNKNOWN) and head in self._imported:
            # A name imported from another module: the files around tell what it is.
            level, path = self._imported[head]
            if self._imports is not None:
                found = self._imports.resolve(level, f"{path}.{rest}" if rest else path)
                if found is not None:
                    return found
        return info

    def _makes_loop(self, dotted: str) -> bool:
        """May making an object of the module's class ``dotted`` reach an event loop (its
        ``__init__``, ``__new__`` or ``__post_init__``, or its bases')?"""
        own = self._class(dotted)
        if own is None:
            return False
        reaching = self.loop_members().names
        return any(
            name in reaching and name in self._body(k)
            for k in self._plain(own) or [own]
            for name in ("__new__", "__init__", "__post_init__")
        )

    def _resolve(self, dotted: str) -> CallInfo | None:
        head, _, path = dotted.partition(".")
        made = self.kind_of(head) if path else None
        if made is not None:
            # A method of a module-level instance: `client.chat.completions.create`.
            cls = clients.class_name(made)
            entry = self._declared.get((cls, path)) or clients.static_method(cls, path)
            if entry is not None:
                return method_info(entry, path)
            return CallInfo(CallKind.UNKNOWN, f"{cls}.{path}")
        qualname = self._qualify(dotted)
        if qualname is None:
            return None
        entry = clients.static_function(qualname)
        if entry is not None:  # `litellm.completion`, `from litellm import completion`
            return method_info(entry, entry.path if dotted.endswith("." + entry.path) else "")
        if qualname in self._primitives:
            spec = self._primitives[qualname]
            body = self._primitive_defs.get(qualname)
            if body is not None and names_context_writer(body.body, self, local_names(body)):
                # (it changes its caller's context: called in place, as written)
                return CallInfo(CallKind.UNKNOWN, qualname, writes_context=True)
            return CallInfo(CallKind.AWAITABLE, qualname, spec, spec.immutable_result)
        name = qualname.removeprefix(self._module_name + ".")
        if name in self._defs and self._summarize is not None and "." not in name:
            helper = helper_info(qualname, self._summarize(name))
            if helper is not None:
                return helper
        if "." not in name and self._classes.get(name) is not None:
            built = self._constructor(name, qualname)
            if built is not None:
                return built
        return info_for_qualname(qualname)

    def _constructor(self, cls: str, qualname: str) -> CallInfo | None:
        """A class of the module, made as Python makes one (`_plain`), whose ``__init__``
        makes no LM call and changes nothing but the new object (`HelperSummary.
        changes_self`): calling it makes a new object and does nothing anyone else could
        see (`LiveResolver._constructor`, from the file)."""
        own = self._class(cls)
        if own is None or self._methods is None or self._plain(own) is None:
            return None
        init = self._method_owner(own, "__init__", set())
        if init is None or (own, True) in self._making:
            return None
        self._making.add((own, True))
        try:
            made = self._methods(f"{init}.__init__", self.marker(own), True)
        finally:
            self._making.discard((own, True))
        summary = made[0].summary if made is not None else None
        if (
            summary is None
            or summary.awaits
            or summary.is_async
            or (summary.effects and not summary.changes_self)
            or summary.stops
            or summary.touches_loop
            or summary.changes_client
        ):
            return None
        new = HelperSummary(
            awaits=False,
            effects=False,
            reads_state=summary.reads_state,
            reads_changing=summary.reads_changing,
            fresh_result=True,
            positional=summary.positional[1:],
            guards=summary.guards,
        )
        return CallInfo(CallKind.PURE, qualname, helper=new)


_DECLARE = ("autoform.lm_method", "autoform.clients.declare")


@dataclass(frozen=True)
class Attribute:
    """What an instance attribute certainly holds once its class's ``__init__`` ran: an
    object of the user's class ``cls`` (``exact``: of that very class; ``items``: a list
    of such objects), or a value of the builtin type ``type`` (`valuetypes`' names)."""

    cls: type | None = None
    exact: bool = False
    items: bool = False
    type: str | None = None
    fresh: bool = False  # a new list, dict or set made for each object (`self.history = []`)


def plain_class(cls: type) -> bool:
    """Does calling ``cls`` make an object of that very class, running only its
    ``__init__`` (no metaclass's ``__call__``, no ``__new__``)?"""
    return type(cls).__call__ is type.__call__ and cls.__new__ is object.__new__


def _intercepts(cls: type) -> bool:
    """Does a class of the user's answer attribute reads with code of its own
    (``__getattr__``, ``__getattribute__``)? Reading an attribute of its objects runs it."""
    return user_class(cls) and any(
        "__getattr__" in vars(k) or "__getattribute__" in vars(k) for k in cls.__mro__[:-1]
    )


class _Unread(AttributeError):
    """An attribute whose read would run the user's code (a property, a `__getattr__`): not
    read when compiling."""


def _attribute(obj: Any, name: str) -> Any:
    """``obj.name``, as the compiler reads it: without running code of the user's. What a
    property, a descriptor or a ``__getattr__`` of theirs (a class's, a metaclass's, a
    module's) would answer is not read: `_Unread`. A library's descriptor (a method of
    `str`, an SDK's ``cached_property``) is read as Python reads it."""
    if _intercepts(type(obj)):
        found = inspect.getattr_static(obj, name, _UNREAD)
        if (
            type(found) is types.FunctionType
            and inspect.getattr_static(type(obj), name, 0) is found
        ):
            return types.MethodType(found, obj)  # (a method of its class, bound to it)
        if type(found) is staticmethod:
            return found.__func__
        if found is _UNREAD or hasattr(type(found), "__get__"):
            raise _Unread(name)
        return found
    found = inspect.getattr_static(obj, name, _UNREAD)
    if found is _UNREAD:
        # Only a `__getattr__` could answer: a library package's (importing lazily) is asked;
        # a user's, or an object's (a wrapper may hand the read on to an object of the
        # user's), is not. (With none, Python's own lookup answers: a bound method's.)
        if type(obj) is types.ModuleType:
            if _users(obj):
                raise _Unread(name)
        elif inspect.getattr_static(type(obj), "__getattr__", None) is not None:
            raise _Unread(name)
        return getattr(obj, name)
    if not hasattr(type(found), "__get__") or not _users_descriptor(found):
        return getattr(obj, name)
    raise _Unread(name)


def _users_descriptor(found: Any, depth: int = 0) -> bool:
    """Does reading ``found`` (a descriptor met on an object's class) run code of the user's:
    a property's getter (``property``, ``types.DynamicClassAttribute``, ``enum.property``),
    a ``cached_property``'s function, what a ``classmethod`` or a ``partialmethod`` wraps, a
    descriptor class of theirs? (A function of theirs is only bound, a static method only
    unwrapped.)"""
    if type(found) in (types.FunctionType, staticmethod) or depth > 8:
        return type(found) not in (types.FunctionType, staticmethod)
    if _is_user_object(found):
        return True
    for part in ("fget", "func", "__func__"):  # (a library descriptor's, read as data)
        inner = inspect.getattr_static(found, part, None)
        if inner is None or isinstance(
            inner, types.MemberDescriptorType | types.GetSetDescriptorType
        ):
            inner = getattr(found, part, None) if not _is_user_object(found) else None
        if inner is None:
            continue
        if type(inner) is types.FunctionType:
            if _users_code(inner):
                return True
        elif (hasattr(type(inner), "__get__") or _is_user_object(inner)) and _users_descriptor(
            inner, depth + 1
        ):
            return True
    return False


def _users_code(fn: Any) -> bool:
    code = getattr(fn, "__code__", None)
    filename = code.co_filename if isinstance(code, types.CodeType) else ""
    return not filename or not filename.startswith(library_paths())


def quietly(obj: Any, name: str, default: Any = None) -> Any:
    """``getattr(obj, name, default)``, read as `_attribute` reads: without running code of
    the user's (``default`` then)."""
    try:
        return _attribute(obj, name)
    except AttributeError:
        return default


_UNREAD = object()

# How many of the user's modules `LiveResolver.sources` reads at most.
_MOST_MODULES = 64


def _text(filename: str) -> str:
    import linecache

    linecache.checkcache(filename)  # (the file as it is now)
    return "".join(linecache.getlines(filename))


@functools.lru_cache(maxsize=128)  # (read for every function compiled: parsed once)
def _imports_in(text: str, module: Any, package: Any) -> tuple[str, ...]:
    """The modules an import statement of ``text`` names, anywhere in it, absolute (and a
    literal ``importlib.import_module("...")``); ``module``/``package``: the text's own."""
    try:
        tree = module_tree(text)
    except (SyntaxError, ValueError):
        return ()
    here = package if isinstance(package, str) else ""
    out: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = here.split(".") if here else []
                if node.level - 1 > len(parts):
                    continue
                parts = parts[: len(parts) - (node.level - 1)]
                base = ".".join([*parts, base] if base else parts)
            if base:
                out.append(base)
                out += [f"{base}.{a.name}" for a in node.names if a.name != "*"]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and not node.args[0].value.startswith(".")
        ):
            out.append(node.args[0].value)
    return tuple(out)


@functools.lru_cache(maxsize=256)
def _unloaded_file(name: str) -> str | None:
    """The file of the module ``name`` of the user's, not imported yet, found without
    importing anything (its package must be imported already); None if it is none."""
    import importlib.util
    import sys

    parent = name.rpartition(".")[0]
    package = sys.modules.get(parent) if parent else None
    if parent and (package is None or "__path__" not in vars(package)):
        return None  # (not an imported package: `from m import name` names no module)
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError, AttributeError):
        return None
    origin = getattr(spec, "origin", None)
    if not isinstance(origin, str) or not origin.endswith(".py"):
        return None
    return None if origin.startswith(library_paths()) else origin


def _module_of(obj: Any) -> types.ModuleType | None:
    """The module ``obj`` is (a module), or that defines it (a function, a class) or its
    class (an object): read by type, never through the object (its `__getattr__`)."""
    import sys

    if type(obj) is types.ModuleType:
        return obj
    kind = obj if issubclass(type(obj), type | types.FunctionType) else type(obj)
    name = vars(kind).get("__module__") if isinstance(kind, type) else kind.__module__
    return sys.modules.get(name) if isinstance(name, str) else None


class _OneCompile(threading.local):
    """What the resolvers of one compile (a function and the helpers compiled for it, as it
    is compiled) share: nothing of the user's runs meanwhile, so the same namespaces give
    the same loop members (`LiveResolver.loop_members`)."""

    members: dict[tuple[Any, ...], tuple[list[Any], LoopMembers]] | None = None


_one_compile = _OneCompile()


@contextlib.contextmanager
def one_compile() -> Iterator[None]:
    """Within: resolvers made for the same namespaces find their loop members once."""
    if _one_compile.members is not None:
        yield
        return
    _one_compile.members = {}
    try:
        yield
    finally:
        _one_compile.members = None


def _remembered(test: Callable[[Any], bool]) -> Callable[[Any], bool]:
    """``test``, its answers remembered by the object's identity for as long as the one search
    asking lasts (each object held meanwhile, so no other takes its identity)."""
    known: dict[int, tuple[Any, bool]] = {}

    def remembered(obj: Any) -> bool:
        found = known.get(id(obj))
        if found is None:
            found = known[id(obj)] = (obj, test(obj))
        return found[1]

    return remembered


def _is_user_object(obj: Any) -> bool:
    """Is ``obj`` an instance of a class defined in a file of the user's?"""
    return user_class(type(obj))


def _users(obj: Any) -> bool:
    """Is ``obj`` (a function or a class) defined in a file of the user's (or in
    ``__main__``: a notebook, a script)?"""
    import sys

    name = obj.__name__ if isinstance(obj, types.ModuleType) else getattr(obj, "__module__", None)
    if isinstance(name, str) and name.partition(".")[0] == "autoform":
        return False  # (autoform's own code, installed from a checkout too)
    if isinstance(obj, types.ModuleType):
        filename = getattr(obj, "__file__", None) or ""
        return bool(filename) and not filename.startswith(library_paths())
    if name == "__main__":
        return True
    if isinstance(obj, types.FunctionType):
        filename = obj.__code__.co_filename
        return not filename.startswith(("<frozen", *library_paths()))
    filename = getattr(sys.modules.get(name or ""), "__file__", None) or ""
    if filename:
        return not filename.startswith(library_paths())
    # (a module no longer in `sys.modules`, or one made without a file: its functions say)
    return isinstance(obj, type) and any(
        _users(f) for f in vars(obj).values() if isinstance(f, types.FunctionType)
    )


def user_class(cls: type) -> bool:
    """Is ``cls`` a class defined in a file of the user's, with no metaclass of its own?"""
    import sys

    if type(cls) is not type:
        return False
    module = sys.modules.get(cls.__module__)
    filename = getattr(module, "__file__", None) or ""
    return bool(filename) and not filename.startswith(library_paths())


@functools.cache
def library_paths() -> tuple[str, ...]:
    import sysconfig

    names = ("stdlib", "platstdlib", "purelib", "platlib")
    return tuple({p for n in names if (p := sysconfig.get_paths().get(n))})


def subclasses(cls: type) -> list[type]:
    out: list[type] = []
    todo: list[type] = type.__subclasses__(cls)  # (`cls.__subclasses__()` of a metaclass: type's)
    while todo:
        sub = todo.pop()
        if sub not in out:
            out.append(sub)
            todo.extend(type.__subclasses__(sub))
    return out


def class_files(owner: type, found: types.FunctionType) -> set[str]:
    """The source files of a class's own code (its and its bases' functions: a class body
    binds class attributes only, which its namespace shows) and of the method found."""
    files = {found.__code__.co_filename}
    for k in owner.__mro__[:-1]:
        functions = [getattr(v, "__func__", v) for v in vars(k).values()]
        files |= {f.__code__.co_filename for f in functions if isinstance(f, types.FunctionType)}
    return files


_stored: dict[tuple[str, int], Mapping[str, int]] = {}


def stores_attribute(filename: str, name: str) -> bool:
    """Might the file's code set an attribute called ``name`` on some object (``x.name =
    ...``, ``setattr(x, "name", ...)``, anything that reaches an object's ``__dict__``)? A
    file that cannot be read might."""
    stored = attribute_stores(filename)
    return name in stored or "*" in stored


def attribute_stores(filename: str) -> Mapping[str, int]:
    """How many places in the file may set (or delete) an attribute of each name, on any
    object; ``"*"``: some place may set any (``setattr(x, name, v)``, ``vars(x)``, a file
    that cannot be read)."""
    import linecache

    text = "".join(linecache.getlines(filename))
    key = (filename, hash(text))
    if key not in _stored:
        try:
            tree = module_tree(text)
        except (SyntaxError, ValueError):
            tree = None
        _stored[key] = _attribute_counts(tree) if text and tree else {"*": 1}
    return _stored[key]


def _attribute_counts(tree: Any) -> dict[str, int]:
    import ast

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
                # `setattr(obj, "lm", f)`, `object.__setattr__(self, "lm", f)`
                given = node.args[1] if len(node.args) > 1 else None
                literal = isinstance(given, ast.Constant) and isinstance(given.value, str)
                add(given.value if literal else "*")  # type: ignore[union-attr]
            elif called == "vars":
                add("*")
    return out


def bound_once(filename: str, name: str) -> bool:
    """Does the file bind ``name`` exactly once, in any scope (a class or function
    definition, an assignment, an import, ...), and never through ``globals()``?"""
    import ast
    import linecache

    text = "".join(linecache.getlines(filename))
    try:
        tree = module_tree(text)
    except (SyntaxError, ValueError):
        return False
    if not text or any(isinstance(n, ast.Name) and n.id == "globals" for n in ast.walk(tree)):
        return False
    count = 0
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store | ast.Del):
            count += node.id == name
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            count += node.name == name
        elif isinstance(node, ast.alias):
            count += (node.asname or node.name.split(".")[0]) == name or node.name == "*"
        elif isinstance(node, ast.Global | ast.Nonlocal):
            count += 2 * (name in node.names)
        elif isinstance(node, ast.arg):
            count += node.arg == name
    return count == 1


def _assigns(cls: cst.ClassDef, name: str) -> bool:
    """Does the class body bind ``name`` other than with a ``def`` (``lm = staticmethod(f)``)?"""
    targets: list[cst.BaseExpression] = []
    lines = [cls.body] if isinstance(cls.body, cst.SimpleStatementSuite) else cls.body.body
    for s in lines:
        for small in (
            s.body if isinstance(s, cst.SimpleStatementLine | cst.SimpleStatementSuite) else ()
        ):
            if isinstance(small, cst.Assign):
                targets += [t.target for t in small.targets]
            elif isinstance(small, cst.AnnAssign | cst.AugAssign):
                targets.append(small.target)
    return any(isinstance(t, cst.Name) and t.value == name for t in targets)


def _asname(alias: cst.ImportAlias) -> str:
    assert alias.asname is not None
    name = alias.asname.name
    return name.value if isinstance(name, cst.Name) else ""


def _module_level_statements(body) -> list[cst.CSTNode]:
    """Small statements at module level, including inside top-level if/try blocks."""
    out: list[cst.CSTNode] = []
    for stmt in body:
        if isinstance(stmt, cst.SimpleStatementLine):
            out.extend(stmt.body)
        elif isinstance(stmt, cst.FunctionDef | cst.ClassDef):
            out.append(stmt)
        elif isinstance(stmt, cst.If | cst.Try | cst.With):
            for child in stmt.children:
                if isinstance(child, cst.BaseSuite):
                    out.extend(_module_level_statements(getattr(child, "body", [])))
                elif isinstance(child, cst.If | cst.Else | cst.ExceptHandler | cst.Finally):
                    out.extend(_module_level_statements([child]))
        elif isinstance(stmt, cst.Else | cst.ExceptHandler | cst.Finally):
            out.extend(_module_level_statements(stmt.body.body))
    return out


# Decorators making a method a getter its attribute's read runs: a property, and a cached
# property (its first read runs it; later ones find the value stored).
_GETTERS = frozenset({"builtins.property", "functools.cached_property"})


def _getter_function(found: Any) -> types.FunctionType | None:
    """The plain function reading an attribute runs, when ``found`` (what the class holds
    under its name) is a property or a cached property of one; else None."""
    if isinstance(found, property):
        fget = found.fget
    elif isinstance(found, functools.cached_property):
        fget = found.func
    else:
        return None
    return fget if isinstance(fget, types.FunctionType) else None
