"""Resolvers: what a name the function calls refers to. `LiveResolver` asks the function's
live globals, closure and builtins (for ``af.concurrent``); `StaticResolver` reads the
module's imports and simple aliases without running it (for ``autoform-compile``)."""

from __future__ import annotations

import builtins
import types
from collections.abc import Callable, Mapping
from typing import Any

import libcst as cst

from .. import clients
from ..primitives import PrimitiveSpec, spec_of
from .calls import (
    CallInfo,
    CallKind,
    HelperSummary,
    dotted_name,
    helper_info,
    info_for_qualname,
    method_info,
)
from .knowledge import PURE_BUILTINS

__all__ = ["LiveResolver", "StaticResolver"]


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

    def kind_of(self, name: str) -> str | None:
        """What the global ``name`` holds, as its type's qualified name (``itertools.count``)."""
        if name in self._closure or name not in self._globals:
            return None
        kind = type(self._globals[name])
        return f"{kind.__module__}.{kind.__qualname__}"

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
                obj = getattr(obj, attr)
        except AttributeError:
            return None
        spec = spec_of(obj)
        if spec is not None:
            kind = CallKind.AWAITABLE if spec.awaitable else CallKind.PURE
            return CallInfo(kind, spec.qualname, spec, spec.immutable_result)
        for name in PURE_BUILTINS:
            if obj is getattr(builtins, name):
                return info_for_qualname(f"builtins.{name}")
        # A client's LM method (`litellm.completion`, `client.chat.completions.create`),
        # by what the receiver is; a client's class by the name the registry knows it by.
        found = clients.lookup(head_obj, ".".join(rest))
        if found is not None:
            return method_info(found[0], found[3])
        known = clients.live_class(obj) or clients.live_blocking(obj)
        if known is not None:
            return CallInfo(CallKind.UNKNOWN, known)
        module = getattr(obj, "__module__", None)
        qualname = getattr(obj, "__qualname__", None)
        full = f"{module}.{qualname}" if module and qualname else None
        if isinstance(obj, types.FunctionType) and self._summarize is not None:
            helper = helper_info(full, self._summarize(obj))
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
        self._made: dict[str, str | None] = {}  # `X = itertools.count()`: X -> what made it
        # The module's own `af.lm_method(Client, "path", ...)` declarations.
        self._declared: dict[tuple[str, str], clients.LMMethod] = {}
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
            if isinstance(stmt, cst.FunctionDef):
                self._defs.add(stmt.name.value)
                if any(self._is_primitive_decorator(d) for d in stmt.decorators):
                    self._primitives[qualname] = PrimitiveSpec(
                        qualname, awaitable=True, immutable_result=False
                    )

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

    def resolve(self, dotted: str) -> CallInfo | None:
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
            return CallInfo(CallKind.AWAITABLE, qualname, spec, spec.immutable_result)
        name = qualname.removeprefix(self._module_name + ".")
        if name in self._defs and self._summarize is not None and "." not in name:
            helper = helper_info(qualname, self._summarize(name))
            if helper is not None:
                return helper
        return info_for_qualname(qualname)


_DECLARE = ("autoform.lm_method", "autoform.clients.declare")


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
