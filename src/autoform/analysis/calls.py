"""Which calls are primitives: resolve what each called name refers to.

Needs: the function's tree and a `Resolver` (live globals for the decorator, the module's
imports and aliases for the CLI, which never runs the user's module).
Produces: ``{call node: CallInfo}`` for every call in the body. Names are recognised by what
they resolve to, so ``import autoform as af``, ``from autoform import lm_call as ask`` and a
module-level ``ask = af.lm_call`` all work; a local variable is never taken for a primitive.
"""

from __future__ import annotations

import builtins
import enum
import types
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Protocol

import libcst as cst

from ..primitives import PrimitiveSpec, spec_for_name, spec_of
from ..source import FunctionSource
from ..syntax.walk import walk, walk_all
from .names import bound_names

__all__ = [
    "CallInfo",
    "CallKind",
    "CallTable",
    "LiveResolver",
    "Resolver",
    "StaticResolver",
    "annotate_calls",
    "dotted_name",
    "foreign_awaits",
]


class CallKind(enum.Enum):
    AWAITABLE = "awaitable"  # a primitive with `.acall`: may overlap
    PURE = "pure"  # a known function without effects (af.format, dict, len, ...)
    UNKNOWN = "unknown"  # anything else: may do anything, kept in order


# Builtins that only build or inspect values. Their results are "immutable" when they
# cannot hold a reference to a mutable argument.
PURE_BUILTINS = frozenset(
    [
        "abs",
        "all",
        "any",
        "bool",
        "chr",
        "dict",
        "divmod",
        "enumerate",
        "float",
        "format",
        "frozenset",
        "hash",
        "int",
        "isinstance",
        "issubclass",
        "len",
        "list",
        "max",
        "min",
        "ord",
        "range",
        "repr",
        "reversed",
        "round",
        "set",
        "sorted",
        "str",
        "sum",
        "tuple",
        "zip",
    ]
)
IMMUTABLE_BUILTINS = frozenset(
    [
        "abs",
        "bool",
        "chr",
        "float",
        "format",
        "hash",
        "int",
        "isinstance",
        "issubclass",
        "len",
        "ord",
        "repr",
        "round",
        "str",
    ]
)


@dataclass(frozen=True)
class HelperSummary:
    """What a user's helper function does, from compiling it."""

    awaits: bool  # it makes LM calls, directly or through helpers of its own
    effects: bool  # it has effects outside itself (prints, unknown calls, mutations)
    is_async: bool = False  # an `async def`: calling it makes a coroutine
    # It reads module state (a global, or an object reachable from one), directly or
    # through its own helpers: a call keeps its place after earlier changes to that state.
    reads_state: bool = True
    # What it returns is new or immutable: not module state, not an argument.
    fresh_result: bool = False
    returns_str: bool = False  # every way out of it returns a str


@dataclass(frozen=True)
class CallInfo:
    kind: CallKind
    qualname: str | None = None  # what the callee resolved to, when known
    spec: PrimitiveSpec | None = None
    immutable_result: bool = False
    helper: HelperSummary | None = None  # set for a user's function that is compiled too
    # The call makes an awaitable of what the primitive returns (``lm_call.acall(...)``, an
    # async helper): it counts as the primitive call only where it is awaited at once.
    asynchronous: bool = False

    @property
    def reads_state(self) -> bool:
        """May the callee read module state (known helpers and primitives say; a pure
        builtin does not)?"""
        if self.helper is not None:
            return self.helper.reads_state
        if self.spec is not None:
            return self.spec.reads_state
        return self.kind is CallKind.UNKNOWN

    @property
    def fresh_result(self) -> bool:
        """Is what it returns new or immutable (else: it may be shared state)?"""
        if self.helper is not None:
            return self.helper.fresh_result
        if self.spec is not None:
            return self.spec.immutable_result
        return self.kind is not CallKind.UNKNOWN


_UNKNOWN = CallInfo(CallKind.UNKNOWN)


class CallTable(dict[cst.Call, CallInfo]):
    """What each call node of a function is known as. A transform that rebuilds nodes tells
    `rebuilt`, the one hook that keeps a node's call info and its place in the user's file
    with the node that replaces it."""

    def __init__(self, infos: Mapping[cst.Call, CallInfo], src: FunctionSource | None = None):
        super().__init__(infos)
        self.src = src

    def info(self, call: cst.Call) -> CallInfo:
        """What ``call`` is known as; an unknown call if nothing is."""
        return self.get(call, _UNKNOWN)

    def rebuilt(self, new: cst.CSTNode, old: cst.CSTNode) -> None:
        if new is old:
            return
        info = self.get(old) if isinstance(old, cst.Call) else None
        if info is not None and isinstance(new, cst.Call):
            self[new] = info
        if self.src is not None:
            self.src.rebuilt(new, old)


class Resolver(Protocol):
    def resolve(self, dotted: str) -> CallInfo | None:
        """Classify the global (non-local) dotted name ``dotted``; None when unknown."""

    def defines(self, name: str) -> bool:
        """Is the global (non-local) ``name`` bound: would reading it not raise NameError?"""


def dotted_name(expr: cst.BaseExpression) -> str | None:
    """``a.b.c`` for a chain of names and attributes, else None."""
    parts: list[str] = []
    while isinstance(expr, cst.Attribute):
        parts.append(expr.attr.value)
        expr = expr.value
    if not isinstance(expr, cst.Name):
        return None
    parts.append(expr.value)
    return ".".join(reversed(parts))


def _info_for_qualname(qualname: str) -> CallInfo:
    spec = spec_for_name(qualname)
    if spec is not None:
        kind = CallKind.AWAITABLE if spec.awaitable else CallKind.PURE
        return CallInfo(kind, qualname, spec, spec.immutable_result)
    if qualname.startswith("builtins."):
        name = qualname.removeprefix("builtins.")
        if name in PURE_BUILTINS:
            return CallInfo(CallKind.PURE, qualname, None, name in IMMUTABLE_BUILTINS)
    return CallInfo(CallKind.UNKNOWN, qualname)


def _helper_info(qualname: str | None, summary: HelperSummary | None) -> CallInfo | None:
    if summary is None:
        return None
    if summary.is_async:
        # Awaited at once, an async helper that makes LM calls is one; anything else made of
        # a coroutine function is an unknown call.
        if summary.awaits:
            return CallInfo(CallKind.AWAITABLE, qualname, helper=summary, asynchronous=True)
        return None
    if summary.awaits:
        return CallInfo(CallKind.AWAITABLE, qualname, helper=summary)
    if not summary.effects:
        return CallInfo(CallKind.PURE, qualname, helper=summary)
    return None


class LiveResolver:
    """Resolves names against a function's live globals, closure and builtins.

    ``summarize``: compiles a user's function to tell what it does (None: unknown)."""

    def __init__(
        self,
        globals_: Mapping[str, Any],
        closure: Mapping[str, Any],
        summarize: Callable[[Any], HelperSummary | None] | None = None,
    ) -> None:
        self._globals = globals_
        self._closure = closure
        self._summarize = summarize

    def defines(self, name: str) -> bool:
        return name in self._closure or name in self._globals or hasattr(builtins, name)

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
        try:
            for attr in rest:
                obj = getattr(obj, attr)
        except AttributeError:
            return None
        spec = spec_of(obj)
        if spec is not None:
            kind = CallKind.AWAITABLE if spec.awaitable else CallKind.PURE
            return CallInfo(kind, spec.qualname, spec, spec.immutable_result)
        for name in PURE_BUILTINS:
            if obj is getattr(builtins, name):
                return _info_for_qualname(f"builtins.{name}")
        module = getattr(obj, "__module__", None)
        qualname = getattr(obj, "__qualname__", None)
        full = f"{module}.{qualname}" if module and qualname else None
        if isinstance(obj, types.FunctionType) and self._summarize is not None:
            helper = _helper_info(full, self._summarize(obj))
            if helper is not None:
                return helper
        return CallInfo(CallKind.UNKNOWN, full)


class StaticResolver:
    """Resolves names from a module's imports and simple aliases, without running it.

    ``summarize``: compiles the module's function of that name to tell what it does."""

    def __init__(
        self,
        module: cst.Module,
        module_name: str = "__main__",
        summarize: Callable[[str], HelperSummary | None] | None = None,
    ) -> None:
        self._bindings: dict[str, str | None] = {}
        self._module_name = module_name
        self._summarize = summarize
        self._defs: set[str] = set()
        self._primitives: dict[str, PrimitiveSpec] = {}  # functions decorated @af.primitive
        for stmt in _module_level_statements(module.body):
            self._bind(stmt)

    def _set(self, name: str, target: str | None) -> None:
        # A name bound twice at module level could be either: resolve it to nothing.
        self._bindings[name] = None if name in self._bindings else target

    def _bind(self, stmt: cst.CSTNode) -> None:
        if isinstance(stmt, cst.Import):
            for alias in stmt.names:
                full = dotted_name(alias.name) or ""
                if alias.asname is not None:
                    self._set(_asname(alias), full)
                else:
                    head = full.split(".")[0]
                    self._set(head, head)
        elif isinstance(stmt, cst.ImportFrom):
            if stmt.relative or stmt.module is None or isinstance(stmt.names, cst.ImportStar):
                return
            base = dotted_name(stmt.module) or ""
            for alias in stmt.names:
                name = dotted_name(alias.name) or ""
                bound = _asname(alias) if alias.asname is not None else name
                self._set(bound, f"{base}.{name}")
        elif isinstance(stmt, cst.Assign):
            target_names = [t.target.value for t in stmt.targets if isinstance(t.target, cst.Name)]
            dotted = dotted_name(stmt.value)
            for name in target_names:
                self._set(name, self._qualify(dotted) if dotted else None)
        elif isinstance(stmt, cst.AnnAssign | cst.AugAssign):
            if isinstance(stmt.target, cst.Name):
                self._set(stmt.target.value, None)
        elif isinstance(stmt, cst.FunctionDef | cst.ClassDef):
            qualname = f"{self._module_name}.{stmt.name.value}"
            self._set(stmt.name.value, qualname)
            if isinstance(stmt, cst.FunctionDef):
                self._defs.add(stmt.name.value)
                if any(self._is_primitive_decorator(d) for d in stmt.decorators):
                    self._primitives[qualname] = PrimitiveSpec(
                        qualname, awaitable=True, immutable_result=False
                    )

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

    def resolve(self, dotted: str) -> CallInfo | None:
        qualname = self._qualify(dotted)
        if qualname is None:
            return None
        if qualname in self._primitives:
            spec = self._primitives[qualname]
            return CallInfo(CallKind.AWAITABLE, qualname, spec, spec.immutable_result)
        name = qualname.removeprefix(self._module_name + ".")
        if name in self._defs and self._summarize is not None and "." not in name:
            helper = _helper_info(qualname, self._summarize(name))
            if helper is not None:
                return helper
        return _info_for_qualname(qualname)


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


STR_METHODS = frozenset(
    [
        "capitalize",
        "casefold",
        "center",
        "count",
        "endswith",
        "expandtabs",
        "find",
        "format",
        "index",
        "isalnum",
        "isalpha",
        "isascii",
        "isdecimal",
        "isdigit",
        "isidentifier",
        "islower",
        "isnumeric",
        "isprintable",
        "isspace",
        "istitle",
        "isupper",
        "join",
        "ljust",
        "lower",
        "lstrip",
        "partition",
        "removeprefix",
        "removesuffix",
        "replace",
        "rfind",
        "rindex",
        "rjust",
        "rpartition",
        "rsplit",
        "rstrip",
        "split",
        "splitlines",
        "startswith",
        "strip",
        "swapcase",
        "title",
        "upper",
        "zfill",
    ]
)
LIST_RESULT_METHODS = frozenset({"split", "rsplit", "splitlines", "partition", "rpartition"})


def _classify(node: cst.Call, resolver: Resolver, local: frozenset[str]) -> CallInfo:
    func = node.func
    if (
        isinstance(func, cst.Attribute)
        and isinstance(func.value, cst.SimpleString | cst.ConcatenatedString)
        and func.attr.value in STR_METHODS
    ):
        # "; ".join(parts): a method of a string literal only builds a value.
        return CallInfo(
            CallKind.PURE,
            f"str.{func.attr.value}",
            None,
            func.attr.value not in LIST_RESULT_METHODS,
        )
    dotted = dotted_name(func)
    info: CallInfo | None = None
    if dotted is not None and dotted.split(".")[0] not in local:
        prefix, _, attr = dotted.rpartition(".")
        twin = resolver.resolve(prefix) if attr == "acall" and prefix else None
        if twin is not None and twin.kind is CallKind.AWAITABLE and twin.spec is not None:
            # `lm_call.acall(...)`: the primitive's asynchronous twin
            return replace(twin, asynchronous=True)
        info = resolver.resolve(dotted)
    return info or CallInfo(CallKind.UNKNOWN, dotted)


def foreign_awaits(node: cst.CSTNode, calls: Mapping[cst.Call, CallInfo]) -> bool:
    """True if ``node`` awaits something other than a primitive or a compiled helper (an
    ``await`` of an unknown awaitable, ``async for``, ``async with``): unknown effects."""
    for n in walk(node):
        kind = type(n)  # type(), not isinstance: libcst's classes are slow ABCs
        if kind is cst.Await:
            call = n.expression  # type: ignore[attr-defined]
            info = calls.get(call) if type(call) is cst.Call else None
            if info is None or info.kind is not CallKind.AWAITABLE:
                return True
        elif kind in _ASYNC_BLOCKS and n.asynchronous is not None:  # type: ignore[attr-defined]
            return True
    return False


_ASYNC_BLOCKS = frozenset([cst.For, cst.With, cst.CompFor])


# Builtins that call a function they are given, and where it is given (a position or a
# keyword): what that function does, they do.
CALLS_ITS_ARGUMENT: dict[str, tuple[int | str, ...]] = {
    "builtins.sorted": ("key",),
    "builtins.min": ("key",),
    "builtins.max": ("key",),
    "builtins.map": (0,),
    "builtins.filter": (0,),
}


def annotate_calls(
    src: FunctionSource, resolver: Resolver, local_names: frozenset[str]
) -> CallTable:
    """Classify every call in the function's body. ``local_names``: names bound in it."""
    table = CallTable(
        {
            node: _classify(node, resolver, local_names)
            for node in walk_all(src.func.body)
            if isinstance(node, cst.Call)
        },
        src,
    )
    for call, info in list(table.items()):
        where = CALLS_ITS_ARGUMENT.get(info.qualname or "")
        if where and not all(
            _pure_function(arg, resolver, local_names, table) for arg in _given(call, where)
        ):
            table[call] = CallInfo(CallKind.UNKNOWN, info.qualname)  # `sorted(key=log)`
    return table


def _given(call: cst.Call, where: tuple[int | str, ...]) -> list[cst.BaseExpression]:
    positional = [a.value for a in call.args if a.keyword is None and not a.star]
    out = [positional[w] for w in where if isinstance(w, int) and w < len(positional)]
    out += [a.value for a in call.args if a.keyword is not None and a.keyword.value in where]
    if any(a.star for a in call.args):
        out.append(cst.Name("<unpacked>"))  # could be anything
    return out


def _pure_function(
    fn: cst.BaseExpression, resolver: Resolver, local: frozenset[str], table: CallTable
) -> bool:
    """Is ``fn`` a function known to do nothing but compute its result?"""
    if isinstance(fn, cst.Lambda):
        return all(table.info(c).kind is CallKind.PURE for c in walk(fn) if isinstance(c, cst.Call))
    dotted = dotted_name(fn)
    if dotted is None or dotted.split(".")[0] in local:
        return False
    info = resolver.resolve(dotted)
    return (
        info is not None
        and info.kind is CallKind.PURE
        and (info.helper is None or not info.helper.effects)
    )


def local_names(func: cst.FunctionDef) -> frozenset[str]:
    """Every name the function binds: parameters, assignment and import targets, ``with``/
    ``except``/``match`` targets, nested functions (not what their bodies bind)."""
    names: set[str] = set()
    params = func.params
    for p in (*params.posonly_params, *params.params, *params.kwonly_params):
        names.add(p.name.value)
    for star in (params.star_arg, params.star_kwarg):
        if isinstance(star, cst.Param):
            names.add(star.name.value)
    names.update(bound_names(func.body))
    return frozenset(names)
