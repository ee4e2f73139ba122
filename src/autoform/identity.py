"""What a pipeline's results depend on, as one key: the key ``af.map(cache_dir=...)`` stores
an input's result under, beside the input's value.

Needs: the pipeline as `map` got it. Produces: `pipeline_key`, a hash, the same in every
process, of

- the pipeline's source, and for a compiled one its generated code too;
- every function of yours it reaches by name, transitively: the helpers compiled with it,
  helpers that run as unknown calls, the functions those call, functions of your other
  modules (``prompts.build(...)``), the methods of your classes it names;
- declared primitives (``@af.primitive``): module, qualified name and the source of the
  function they wrap (and what that reaches);
- the plain data those functions read from globals, closures and defaults (a ``MODEL``
  string, a prompt template, a tuple of settings, a dataclass of them);
- a ``functools.partial``'s arguments.

Not seen: code of installed packages and of the standard library (their versions), what the
code reads while it runs (files, the environment, objects that are not plain data, such as
a client), and functions reached other than by a name in the code (passed in as arguments,
looked up in a dict). The LM calls are keyed on their own requests (`autoform.store`).
"""

from __future__ import annotations

import functools
import inspect
import types
from typing import Any

from .store import canonical_json, sha256

__all__ = ["pipeline_key"]


def pipeline_key(fn: Any) -> str:
    """The key of ``fn``'s results (see the module's docstring for what it covers)."""
    walk = _Walk()
    walk.top(fn)
    return sha256("\x00".join(walk.parts))


class _Walk:
    """Collects, once each, the code and plain data reachable from a pipeline."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self._seen: set[int] = set()
        self._kept: list[Any] = []  # what was seen stays alive: its id is not reused
        self._modules: set[tuple[str, int]] = set()  # (module, the names read) walked

    def top(self, fn: Any) -> None:
        if isinstance(fn, functools.partial):
            arguments = _plain_or_none((fn.args, fn.keywords), pickled=True)
            self.parts.append(f"partial {arguments}")
            for value in (*fn.args, *fn.keywords.values()):
                self.value(value, "partial argument")
            fn = fn.func
        # The pipeline itself is recorded wherever it lives (an installed package too).
        self.value(fn, "pipeline", top=True)

    def value(self, obj: Any, name: str, *, top: bool = False) -> None:
        """Take in ``obj``, which the code reaches under ``name``."""
        from .api import IR, Scheduled

        data = None if callable(obj) else _plain_or_none(obj)
        if data is not None:  # plain data: each time it is read, under each name
            self.parts.append(f"value {name} {data}")
            return
        if id(obj) in self._seen or isinstance(obj, types.ModuleType):
            return  # a module's names are taken where the code reads them (`_module`)
        self._seen.add(id(obj))
        self._kept.append(obj)
        if isinstance(obj, Scheduled | IR):
            if isinstance(obj, Scheduled):
                self.parts.append("generated " + obj.source)
            self.value(obj.ir.fn if isinstance(obj, Scheduled) else obj.fn, name, top=top)
            return
        if not callable(obj) or isinstance(obj, types.BuiltinFunctionType):
            return  # an object that is not plain data: not seen
        spec = _attribute(obj, "__autoform_primitive__")
        wrapped = _attribute(obj, "__wrapped__")  # compiled, or any functools.wraps
        if spec is not None:
            if wrapped is not None:  # one of yours (af.lm_call and af.format are not)
                self.parts.append(f"primitive {spec.qualname}")
                self.value(wrapped, name)
            return
        generated = _attribute(obj, "source")  # a compiled pipeline's generated code
        if isinstance(obj, types.FunctionType) and isinstance(generated, str):
            self.parts.append("generated " + generated)
        if wrapped is not None:
            self.value(wrapped, name, top=top)
        elif isinstance(obj, functools.partial):
            self.value(obj.func, name)
            for value in (*obj.args, *obj.keywords.values()):
                self.value(value, name)
        elif isinstance(obj, types.MethodType):
            self.value(obj.__func__, name)
        elif isinstance(obj, types.FunctionType):
            if top or _yours(obj.__code__.co_filename):
                self._function(obj)
        elif isinstance(obj, type):
            if top or _yours(getattr(inspect.getmodule(obj), "__file__", None) or ""):
                self._class(obj)
        else:  # an object called as a pipeline: its class's code
            self.value(type(obj), name, top=top)

    def _function(self, fn: types.FunctionType) -> None:
        code = fn.__code__
        self.parts.append(f"function {fn.__module__}.{fn.__qualname__}\n{_source(fn)}")
        names = _names(code)
        where = f"{fn.__module__}."
        for name in sorted(names):
            if name in fn.__globals__:
                found = fn.__globals__[name]
                if isinstance(found, types.ModuleType):
                    self._module(found, names)
                else:
                    self.value(found, where + name)
        for name, cell in zip(code.co_freevars, fn.__closure__ or (), strict=True):
            try:
                self.value(cell.cell_contents, f"{where}{fn.__qualname__}:{name}")
            except ValueError:  # a cell not filled yet
                continue
        defaults = (*(fn.__defaults__ or ()), *(fn.__kwdefaults__ or {}).values())
        for value in defaults:
            self.value(value, f"{where}{fn.__qualname__} default")

    def _module(self, module: types.ModuleType, names: set[str]) -> None:
        """``module.NAME`` for the names the code reads, in a module of yours."""
        if (module.__name__, id(names)) in self._modules:  # modules may import each other
            return
        self._modules.add((module.__name__, id(names)))
        if not _yours(getattr(module, "__file__", None) or ""):
            return
        for name in sorted(names):
            found = _attribute(module, name)
            if isinstance(found, types.ModuleType):
                self._module(found, names)
            elif found is not None:
                self.value(found, f"{module.__name__}.{name}")

    def _class(self, cls: type) -> None:
        try:
            source = inspect.getsource(cls)
        except (OSError, TypeError):
            source = ""
        self.parts.append(f"class {cls.__module__}.{cls.__qualname__}\n{source}")
        for name, member in sorted(vars(cls).items()):
            if isinstance(member, staticmethod | classmethod):
                member = member.__func__
            if isinstance(member, types.FunctionType):
                self.value(member, f"{cls.__qualname__}.{name}")


def _names(code: types.CodeType) -> set[str]:
    """The global and attribute names a code object reads, its nested functions' included."""
    names = set(code.co_names)
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            names |= _names(const)
    return names


def _source(fn: types.FunctionType) -> str:
    try:
        return inspect.getsource(fn)
    except (OSError, TypeError):  # made by exec: what it compiled to stands in
        import marshal

        return "code " + marshal.dumps(fn.__code__).hex()


def _plain_or_none(value: Any, *, pickled: bool = False) -> str | None:
    try:
        return canonical_json(value, pickled=pickled)
    except Exception:  # not plain data (or a model_dump that fails): not seen
        return None


def _attribute(obj: Any, name: str) -> Any:
    try:
        return getattr(obj, name, None)
    except Exception:  # a proxy whose attributes raise: it has none worth following
        return None


_LIBRARY: tuple[str, ...] | None = None


def _yours(filename: str) -> bool:
    """A file of yours: not the standard library, an installed package or autoform."""
    global _LIBRARY
    if _LIBRARY is None:
        from pathlib import Path

        from .api import _library_paths

        _LIBRARY = (*_library_paths(), str(Path(__file__).resolve().parent))
    return bool(filename) and not filename.startswith(("<", *_LIBRARY))
