"""The public entry points: `concurrent`, `trace` and `sched`, on one compiler.

Compiles each function once (cached per function object), loads the generated code next to
the original, and runs synchronous entry points on one event loop per thread, so the
connections LiteLLM keeps per loop are reused from call to call.
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
import linecache
import threading
import types
import weakref
from collections.abc import Callable, Coroutine, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, Protocol, TypeVar, overload

from . import runtime
from .ir import Facts, StepKind
from .limits import Cap, using

if TYPE_CHECKING:
    from .analysis.calls import CallInfo, HelperSummary
    from .analysis.loop_reach import LoopMembers
    from .analysis.resolvers import Attribute, StaticResolver
    from .compiler import Compiled

# The compiler (libcst) and asyncio are imported at the first compile or run, not here:
# `import autoform` stays fast.

__all__ = ["IR", "ConcurrentFunction", "Scheduled", "concurrent", "sched", "trace"]

P = ParamSpec("P")
R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)

_compiled: weakref.WeakKeyDictionary[Any, tuple[Compiled, Callable[..., Any]]] = (
    weakref.WeakKeyDictionary()
)
_compiled_in_order: weakref.WeakKeyDictionary[Any, tuple[Compiled, Callable[..., Any]]] = (
    weakref.WeakKeyDictionary()
)
_lock = threading.Lock()


class _Resolver:
    """Live globals first; for names not bound yet (defined further down the module), what
    the module's source says they will be."""

    def __init__(self, fn: Any, owner: tuple[type, bool] | None = None) -> None:
        from .analysis.resolvers import LiveResolver, closure_of

        closure = closure_of(fn)
        # A method compiled for the class of its `self` (`_compile`'s ``owner``), known to
        # the resolver by a name no global has.
        classes = {_SELF: owner[0]} if owner is not None else {}
        self.live = LiveResolver(fn.__globals__, closure, _summary, _attributes, classes)
        self.fn = fn
        self._owner = owner
        self._static: StaticResolver | None = None

    def defines(self, name: str) -> bool:
        if self.live.defines(name):
            return True
        static = self._module_source(name)  # bound further down the module, not yet run
        return static is not None and static.defines(name)

    def kind_of(self, name: str) -> str | None:
        return self.live.kind_of(name)

    def bound_by(self, dotted: str) -> str | None:
        return self.live.bound_by(dotted)

    def sources(self, names: Iterable[str]) -> list[tuple[str, str]]:
        return self.live.sources(names)

    @property
    def owner(self) -> str:
        """The class the function is a plain method of (its `self`'s), or "": the one it is
        compiled for, else the module-level class it is defined in."""
        if self._owner is not None:
            return _SELF
        cls, _, name = self.fn.__qualname__.rpartition(".")
        owner = self.fn.__globals__.get(cls) if cls and "." not in cls else None
        return cls if isinstance(owner, type) and vars(owner).get(name) is self.fn else ""

    @property
    def owner_exact(self) -> bool:
        """Is `self` of that very class (not a subclass)?"""
        return self._owner is not None and self._owner[1]

    def method(self, cls: str, name: str, exact: bool) -> CallInfo | None:
        return self.live.method(cls, name, exact)

    def attribute(self, cls: str, name: str, exact: bool) -> tuple[str, bool] | str | None:
        return self.live.attribute(cls, name, exact)

    def getter(self, cls: str, name: str, exact: bool) -> CallInfo | None:
        return self.live.getter(cls, name, exact)

    def reads_loop(self, cls: str, name: str, exact: bool) -> bool | None:
        return self.live.reads_loop(cls, name, exact)

    def loop_members(self) -> LoopMembers:
        return self.live.loop_members()

    def lookup(self, dotted: str) -> Any:
        return self.live.lookup(dotted)

    def resolve(self, dotted: str) -> CallInfo | None:
        info = self.live.resolve(dotted)
        if info is None:
            static = self._module_source(dotted.partition(".")[0])
            info = static.resolve(dotted) if static is not None else None
        return info

    def _module_source(self, name: str) -> StaticResolver | None:
        """What the module's source says, asked of a global ``name`` not bound (yet): None
        when nothing in the module binds it (parsing it with libcst costs)."""
        import libcst as cst

        from .analysis.resolvers import StaticResolver

        filename = self.fn.__code__.co_filename
        text = "".join(linecache.getlines(filename))
        if not text:
            return None
        bound = _bound_in(text)
        if name not in bound and "*" not in bound:  # (`from m import *` may bind anything)
            return None
        if self._static is None:
            try:
                self._static = StaticResolver(_parsed(text), self.fn.__module__)
            except cst.ParserSyntaxError:
                return None
        return self._static


@functools.lru_cache(maxsize=16)
def _bound_in(text: str) -> frozenset[str]:
    """Every name the module's source binds anywhere, or imports (Python's parser: fast)."""
    import ast

    from .source import module_tree

    try:
        tree = module_tree(text)
    except (SyntaxError, ValueError):
        return frozenset()
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            names.add(node.id)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.alias):
            names.add((node.asname or node.name).split(".")[0])
        elif isinstance(node, ast.Global | ast.Nonlocal):
            names.update(node.names)
        elif isinstance(node, ast.MatchAs | ast.MatchStar) and node.name:
            names.add(node.name)
        elif isinstance(node, ast.MatchMapping) and node.rest:
            names.add(node.rest)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            names.add(node.name)
    return frozenset(names)


@functools.lru_cache(maxsize=16)
def _parsed(text: str) -> Any:
    """A module's source, parsed (a libcst ``Module``, which is immutable): the functions of
    one module, compiled one after another, share it."""
    import libcst as cst

    return cst.parse_module(text)


_SELF = "<self>"  # the class a method is compiled for, as its resolver knows it

_summaries: weakref.WeakKeyDictionary[Any, dict[Any, HelperSummary | None]] = (
    weakref.WeakKeyDictionary()
)
# Functions being compiled now (for the class of their `self`, if one): a call back to
# one is recursion.
_compiling: set[tuple[int, tuple[type, bool] | None]] = set()


def _summary(fn: Any, cls: type | None = None, exact: bool = False) -> HelperSummary | None:
    """What a helper does, by compiling it too; None when it cannot be (no source, an
    unsupported construct, recursion, a library's function): then it runs as an unknown call.
    ``cls``: a method, as called on an object of that class (``exact``: of it, not of a
    subclass)."""
    from .errors import CompileError

    module = getattr(fn, "__module__", "") or ""
    key = (cls, exact) if cls is not None else None
    if module.split(".")[0] == "autoform" or (id(fn), key) in _compiling or _is_library(fn):
        return None
    known = _summaries.setdefault(fn, {})
    if key in known:
        return known[key]
    try:
        compiled, _ = _compile(fn, owner=(cls, exact) if cls is not None else None)
    except CompileError:
        summary = None
    else:
        summary = compiled.summary
        if cls is not None and summary.effects and _changes_self(cls, exact, compiled):
            summary = dataclasses.replace(summary, changes_self=True)
        if cls is not None and _reads_own(cls, exact, compiled):
            summary = dataclasses.replace(summary, reads_own=True)
    known[key] = summary
    return summary


def _changes_self(cls: type, exact: bool, compiled: Compiled) -> bool:
    """Does the method change nothing but its own object (`classes.changes_self`), for
    ``cls`` and, unless ``exact``, every subclass existing now?"""
    from .analysis.classes import changes_self
    from .analysis.resolvers import subclasses

    owned = {name for name, a in _attributes(cls, exact).items() if a.fresh}
    kinds = [cls] if exact else [cls, *subclasses(cls)]
    return all(changes_self(k, compiled.src.func, compiled.calls, owned) for k in kinds)


def _reads_own(cls: type, exact: bool, compiled: Compiled) -> bool:
    """Does the method read of its object only what no other object's method changes
    (`classes.reads_own`), for ``cls`` and, unless ``exact``, every subclass existing now?"""
    from .analysis.classes import reads_own
    from .analysis.resolvers import subclasses

    attributes = _attributes(cls, exact)
    kinds = [cls] if exact else [cls, *subclasses(cls)]
    return all(reads_own(k, compiled.src.func, compiled.calls, attributes) for k in kinds)


_attributes_of: weakref.WeakKeyDictionary[type, dict[bool, Mapping[str, Attribute]]] = (
    weakref.WeakKeyDictionary()
)


def _attributes(cls: type, exact: bool) -> Mapping[str, Attribute]:
    """The instance attributes every object of ``cls`` (of it exactly, or of a subclass
    existing now) certainly holds once ``__init__`` ran (`autoform.analysis.classes`)."""
    from .analysis.classes import instance_attributes

    known = _attributes_of.setdefault(cls, {})
    if exact not in known:
        known[exact] = {}  # (while it is worked out: an `__init__` building its own class)
        known[exact] = instance_attributes(cls, exact, _compile_init)
    return known[exact]


def _compile_init(fn: Any, cls: type, exact: bool) -> tuple[Compiled, _Resolver] | None:
    """A class's ``__init__``, compiled for it, and the resolver that compiled it."""
    from .errors import CompileError

    if (id(fn), (cls, exact)) in _compiling or _is_library(fn):
        return None
    try:
        return _compile(fn, owner=(cls, exact))[0], _Resolver(fn, (cls, exact))
    except CompileError:
        return None


def _library_paths() -> tuple[str, ...]:
    import sysconfig

    names = ("stdlib", "platstdlib", "purelib", "platlib")
    return tuple({p for n in names if (p := sysconfig.get_paths().get(n))})


def _is_library(fn: Any) -> bool:
    """Installed packages and the standard library are not the user's helpers."""
    global _LIBRARY_PATHS
    if _LIBRARY_PATHS is None:
        _LIBRARY_PATHS = _library_paths()
    filename = getattr(getattr(fn, "__code__", None), "co_filename", "")
    return not filename or filename.startswith(_LIBRARY_PATHS) or filename.startswith("<")


_LIBRARY_PATHS: tuple[str, ...] | None = None


def _compile(
    fn: Callable[..., Any], in_order: bool = False, owner: tuple[type, bool] | None = None
) -> tuple[Compiled, Callable[..., Any]]:
    """(what the compiler made of ``fn``, the function loaded from it), cached per function.
    ``in_order``: its twin whose every body runs one step after another. ``owner``: a
    method compiled for objects of that class (exactly, or of it or a subclass)."""
    if inspect.ismethod(fn):
        # `af.concurrent(bot.run)`: the function compiled once per class of the object,
        # bound to the same object.
        bound = fn.__self__
        own = inspect.getattr_static(type(bound), fn.__name__, None) is fn.__func__
        mine = (type(bound), True) if own and not isinstance(bound, type) else None
        compiled, made = _compile(fn.__func__, in_order, mine)
        return compiled, types.MethodType(made, bound)
    call = inspect.getattr_static(type(fn), "__call__", None)
    if not isinstance(fn, type) and isinstance(call, types.FunctionType) and not _is_library(call):
        # An object called like a function: its class's `__call__`, bound to it.
        compiled, made = _compile(call, in_order, (type(fn), True))
        return compiled, types.MethodType(made, fn)
    if owner is not None:
        # (the class as the key's first part: a class the function is compiled for is
        # held as long as the function is)
        per_class = _specialized.setdefault(fn, {})
        key = (owner[0], owner[1], in_order)
        with _lock:
            hit = per_class.get(key)
        if hit is not None:
            return hit
        made_here = _build(fn, in_order, owner)
        with _lock:
            per_class[key] = made_here
        if not in_order:
            _warn_kept_in_order(made_here[0], fn)
        return made_here
    if type(fn) is not types.FunctionType:
        # (not cached: what fails to compile is called as it is; and hashing a callable
        # object runs its `__hash__`, a `Mock`'s records it)
        return _build(fn, in_order, None)
    cache = _compiled_in_order if in_order else _compiled
    with _lock:
        hit = cache.get(fn)
    if hit is not None:
        return hit
    compiled, made = _build(fn, in_order, None)
    with _lock:
        cache[fn] = (compiled, made)
    if not in_order:
        _warn_kept_in_order(compiled, fn)
    return compiled, made


_specialized: weakref.WeakKeyDictionary[Any, dict[Any, tuple[Compiled, Callable[..., Any]]]] = (
    weakref.WeakKeyDictionary()
)


def _build(
    fn: Callable[..., Any], in_order: bool, owner: tuple[type, bool] | None
) -> tuple[Compiled, Callable[..., Any]]:
    """Compile ``fn`` and load what the compiler made."""
    from . import lm, runtime
    from .analysis.resolvers import one_compile
    from .compiler import compile_function
    from .load import load
    from .source import from_function

    src = from_function(fn)
    _compiling.add((id(fn), owner))
    try:
        with one_compile():  # (its helpers, compiled as it is, share what it found)
            compiled = compile_function(src, _Resolver(fn, owner), in_order)
    finally:
        _compiling.discard((id(fn), owner))
    if any(name.startswith(_THROUGH_LITELLM) for name in compiled.awaited):
        lm.preload()  # a compiled pipeline is about to run: LiteLLM loads meanwhile
    made = load(
        compiled.emitted,
        compiled.source,
        src.def_origin(),
        fn,
        compiled.runtime_name,
        runtime,
    )
    if getattr(made, "__autoform_hides__", False):
        # A `def`'s code runs with the event loop hidden (`autoform.hiding`); the original
        # is what `__wrapped__` names, as for the function `load` made.
        made = functools.update_wrapper(runtime.hides(made), fn)
    made.source = compiled.source  # type: ignore[attr-defined]
    # What it calls by module-level names, checked on entry of its callers too
    # (`runtime.as_compiled`): a mock behind a helper changes what the helper does.
    made.__autoform_calls__ = tuple(  # type: ignore[attr-defined]
        (kind, _code(callee)) for kind, callee in compiled.assumed.calls
    )
    return compiled, made


def _code(node: Any) -> str:
    import libcst as cst

    return cst.Module([]).code_for_node(node)


# What goes through LiteLLM (a helper's own compile says for its calls).
_THROUGH_LITELLM = ("autoform.lm_call", "autoform.lm_response", "autoform.lm.", "litellm.")


def _twin(fn: Callable[..., Any]) -> Callable[..., Any]:
    """The compiled function, checked as a target (`runtime.acall` awaits it as a helper's
    twin)."""
    from .compiler import check_target

    compiled, made = _compile(fn)
    check_target(compiled)
    return made


def _in_order(fn: Callable[..., Any]) -> Callable[..., Any]:
    """The twin of a helper whose calls run one after another (`runtime.acall_in_order`)."""
    return _compile(fn, in_order=True)[1]


def _comprehensions_calling(compiled: Compiled) -> list[int]:
    """The lines of the function's comprehensions that make an awaitable call."""
    import libcst as cst

    from .analysis.calls import CallKind
    from .syntax.walk import walk

    lines = []
    for node in walk(compiled.src.func.body):
        if isinstance(node, cst.ListComp | cst.SetComp | cst.DictComp) and any(
            isinstance(c, cst.Call)
            and (info := compiled.calls.get(c)) is not None
            and info.kind is CallKind.AWAITABLE
            for c in walk(node)
        ):
            lines.append(compiled.src.origin(node).line)
    return sorted(set(lines))


def _warn_kept_in_order(compiled: Compiled, fn: Any) -> None:
    import warnings

    from .errors import KeptInOrderWarning
    from .explain import kept_in_order

    more = "`autoform-compile {}:{} --explain` says more."
    whole = compiled.whole_in_order
    if whole is not None:
        warnings.warn_explicit(
            f"{compiled.name}: its LM calls run one after another: "
            f"{whole.said(compiled.src.filename)} may set a context variable (its module, or "
            "one the function's names come from, imports contextvars or decimal) where no "
            "call shows it, and run by a call beside others it would set it in that call's "
            "context only.",
            KeptInOrderWarning,
            compiled.src.filename,
            compiled.src.def_origin().line,
            module=getattr(fn, "__module__", None),
        )
    freed = compiled.unseen.finalizer
    # (`compile_body` keeps them as written: a loop would hold their lists and names)
    for line in _comprehensions_calling(compiled) if freed is not None else ():
        assert freed is not None
        warnings.warn_explicit(
            f"{compiled.name}: the comprehension at line {line} makes its LM calls one "
            f"after another: the module runs code as objects are freed "
            f"({freed.said(compiled.src.filename)}), and one made a loop would free its "
            "list and its names later than Python does.",
            KeptInOrderWarning,
            compiled.src.filename,
            line,
            module=getattr(fn, "__module__", None),
        )
    for kept in kept_in_order(compiled):
        if not kept.earlier:  # a loop whose items run one after another
            message = (
                f"{compiled.name}: the loop at line {kept.origin.line} runs its items one "
                f"after another, their LM calls one item at a time: {kept.way}. "
                + more.format(kept.origin.filename, compiled.src.target)
            )
            warnings.warn_explicit(
                message,
                KeptInOrderWarning,
                kept.origin.filename,
                kept.origin.line,
                module=getattr(fn, "__module__", None),
            )
            continue
        lines = ", ".join(str(o.line) for o in kept.earlier)
        plural = "s" if len(kept.earlier) > 1 else ""
        what = (
            f"the block at line {kept.origin.line} makes LM calls that wait"
            if kept.block
            else f"the LM call at line {kept.origin.line} waits"
        )
        message = (
            f"{compiled.name}: {what} for the call{plural} at line{plural} {lines} without "
            f"using {'their results' if plural else 'its result'}: it {kept.way}. "
            + more.format(kept.origin.filename, compiled.src.target)
        )
        warnings.warn_explicit(
            message,
            KeptInOrderWarning,
            kept.origin.filename,
            kept.origin.line,
            module=getattr(fn, "__module__", None),
        )


# ======================================================================================
# CONCURRENT
# ======================================================================================


class ConcurrentFunction(Protocol[P, R_co]):
    """What `concurrent` returns, to type checkers: an ``async def`` with the original's
    parameters, its generated code as ``.source`` and the original as ``.__wrapped__``."""

    @property
    def source(self) -> str: ...
    @property
    def __wrapped__(self) -> Callable[P, R_co]: ...
    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> Coroutine[Any, Any, R_co]: ...

    # Decorating a method: read from an instance, it is bound (`self` is left out here).
    @overload
    def __get__(self, instance: None, owner: type, /) -> ConcurrentFunction[P, R_co]: ...
    @overload
    def __get__(
        self, instance: object, owner: type | None = None, /
    ) -> Callable[..., Coroutine[Any, Any, R_co]]: ...


@overload
def concurrent(
    fn: Callable[P, R], /, *, max_concurrency: int | None = None
) -> ConcurrentFunction[P, R]: ...
@overload
def concurrent(
    fn: None = None, /, *, max_concurrency: int | None = None
) -> Callable[[Callable[P, R]], ConcurrentFunction[P, R]]: ...


def concurrent(
    fn: Callable[..., Any] | None = None, /, *, max_concurrency: int | None = None
) -> Any:
    """Turn a sequential function into an ``async def`` whose independent calls overlap.

    The result has the same signature; ``.source`` is its generated code and
    ``.__wrapped__`` the original. Raises `CompileError` (file:line:col, the construct, what
    to do) for what cannot be compiled. ``max_concurrency``: at most that many of its LM
    calls in flight at once (across all its runs, helpers included), see `af.limits`.

    >>> import autoform as af
    >>> @af.concurrent
    ... def shout(text: str) -> str:
    ...     return af.format("{}!", text)
    >>> import asyncio; asyncio.run(shout("hi"))
    'hi!'
    """
    if fn is None:
        return functools.partial(concurrent, max_concurrency=max_concurrency)
    made = runtime.stop_kept_out(_twin(fn))  # a StopIteration it lets out is refused, located
    return made if max_concurrency is None else _capped(made, Cap(max_concurrency))


def _capped(made: Callable[..., Any], cap: Cap) -> Callable[..., Any]:
    @functools.wraps(made)
    async def run(*args: Any, **kwargs: Any) -> Any:
        with using(cap):  # the tasks the program starts inherit it
            return await made(*args, **kwargs)

    run.source = made.source  # type: ignore[attr-defined]
    run.max_concurrency = cap.n  # type: ignore[attr-defined]
    # The original function, as without a cap (`functools.wraps` named the generated one).
    run.__wrapped__ = getattr(made, "__wrapped__", made)  # type: ignore[attr-defined]
    return run


# ======================================================================================
# TRACE / SCHED
# ======================================================================================


class IR(Generic[R]):
    """A traced function: its equations (the steps, what each reads and writes) and the
    original, which ``call`` runs sequentially."""

    def __init__(self, fn: Callable[..., R], compiled: Compiled, example: inspect.BoundArguments):
        self.fn = fn
        self.compiled = compiled
        self.example = example

    @property
    def steps(self) -> tuple[Facts, ...]:
        return self.compiled.steps

    def call(self, *args: Any, **kwargs: Any) -> R:
        """Run the function as written, one call after another."""
        if inspect.iscoroutinefunction(self.fn):
            return _run_sync(self.fn(*args, **kwargs))
        return self.fn(*args, **kwargs)

    def __str__(self) -> str:
        c = self.compiled
        calls = sum(s.kind is StepKind.CALL or bool(s.primitive) for s in c.steps)
        lines = [f"IR {c.name}{_signature(self.fn)}: {len(c.steps)} equations, {calls} LM calls"]
        width = max((len(s.code) for s in c.steps), default=0)
        width = min(width, 72)
        for s in c.steps:
            code = s.code if len(s.code) <= 72 else s.code[:69] + "..."
            after = sorted(a for a in c.graph.deps[s.index] if c.graph.carries_value(a, s.index))
            deps = f"  after {', '.join(f'%{a}' for a in after)}" if after else ""
            reads = ", ".join(sorted(s.load_names)) or "-"
            writes = ", ".join(sorted(s.store_names)) or "-"
            lines.append(
                f"  %{s.index:<3} line {s.origin.line:<4} {s.kind.value:<6} {code:<{width}}"
                f"  reads {reads}; writes {writes}{deps}"
            )
        return "\n".join(lines)

    __repr__ = __str__


def _signature(fn: Callable[..., Any]) -> str:
    try:
        return str(inspect.signature(fn))
    except (TypeError, ValueError):
        return "(...)"


def trace(fn: Callable[P, R]) -> Callable[P, IR[R]]:
    """Compile ``fn``; calling the result with example arguments checks that they fit the
    signature and returns the `IR`. Nothing is run: the analysis reads the source.

    >>> import autoform as af
    >>> def greet(name: str) -> str:
    ...     return af.format("Hello, {}!", name)
    >>> ir = af.trace(greet)("Ada")
    >>> ir.call("Ada")
    'Hello, Ada!'
    """

    def tracer(*args: Any, **kwargs: Any) -> IR[R]:
        example = inspect.signature(fn).bind(*args, **kwargs)
        compiled, _ = _compile(fn)
        return IR(fn, compiled, example)

    return tracer


class Scheduled(Generic[R]):
    """A traced function with its independent calls overlapped."""

    def __init__(self, ir: IR[R], max_concurrency: int | None = None) -> None:
        from . import lm

        self.ir = ir
        made = _compile(ir.fn)[1]
        self._run = made if max_concurrency is None else _capped(made, Cap(max_concurrency))
        # Ready to run means ready: the first run's time is the pipeline's, not LiteLLM's
        # import and set-up (seconds, loading since the compile).
        lm.ready()

    @property
    def source(self) -> str:
        """The generated ``async def``."""
        return self.ir.compiled.source

    async def acall(self, *args: Any, **kwargs: Any) -> R:
        return await self._run(*args, **kwargs)

    def call(self, *args: Any, **kwargs: Any) -> R:
        """Run to completion from synchronous code. Inside a running event loop (a Jupyter
        cell, an ``async def``) the run takes a worker thread's loop and this thread waits;
        ``await .acall(...)`` is better there."""
        return _run_sync(self._run(*args, **kwargs))


def sched(ir: IR[R], *, max_concurrency: int | None = None) -> Scheduled[R]:
    """Schedule a traced function: ``await sched(ir).acall(x)`` overlaps independent calls,
    at most ``max_concurrency`` LM calls at once when given."""
    return Scheduled(ir, max_concurrency)


def _run_sync(coro: Coroutine[Any, Any, R]) -> R:
    from .runner import run_sync

    return run_sync(coro)


runtime.set_compiler(_twin, _in_order)  # generated code compiles helpers through them
