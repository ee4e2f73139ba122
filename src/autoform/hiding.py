"""The event loop hidden from a synchronous function's code, as the sequential function runs
with none: the compiled function of a ``def`` runs in autoform's loop, but no code of the
user's sees it.

``@_af.hides`` on every ``async def`` generated from a ``def``: while the coroutine's own code
runs (each step, from one ``await`` to the next), no loop is running in the thread and none
is current, so ``asyncio.run`` starts one, ``asyncio.get_running_loop()`` raises, and a
dunder, a property, a generator or a callback run by Python itself sees what it sees in the
sequential program. Nothing has to be found by the analysis first.

The loop comes back wherever autoform's own code runs (`shown`): the runtime's helpers, the
LM calls, the primitives' twins, each hands the loop back to the code it runs, and takes it
away again around the code of the user's it calls back (`call_hidden`: a primitive's body,
a loop's iterable, a helper that cannot be compiled).

Needs nothing of autoform's; the runtime, the primitives, the clients and the turns use it.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import itertools
import sys
import threading
from collections.abc import Awaitable, Callable, Coroutine
from types import (
    BuiltinFunctionType,
    CodeType,
    FunctionType,
    MethodType,
    ModuleType,
    TracebackType,
)
from typing import Any, TypeVar

from .contexts import carry, own, started

__all__ = [
    "HANDLING",
    "call_hidden",
    "code_names",
    "hidden",
    "hides",
    "hiding_here",
    "kept_in_loop",
    "on_thread",
    "outside_loop",
    "plain_arguments",
    "plain_data",
    "run_here",
    "showing",
    "shown",
    "shows",
    "thread_bound",
    "unwound",
]

T = TypeVar("T")

# The loop a step of a `hidden` coroutine hid, and its thread: what `shown` gives back, and
# what `call_hidden` hides again. A context variable, so that the tasks autoform's code
# starts from such a step know it too (they copy the context), but a thread asked for it
# (a context copied into a worker thread) gets None.
_HIDDEN: contextvars.ContextVar[tuple[Any, int] | None] = own(
    contextvars.ContextVar("autoform_hidden_loop", default=None)
)


# The failure the code calling a primitive was handling where the call was written (in an
# `except` or a `finally`): its body, run later on a thread, runs handling it too (`on_thread`).
HANDLING: contextvars.ContextVar[BaseException | None] = own(
    contextvars.ContextVar("autoform_handling", default=None)
)


# Set while a `def` helper's twin runs for an ``async def`` pipeline, whose code runs in its
# loop as written: so does the helper's, called from there (`kept_in_loop`).
_IN_LOOP: contextvars.ContextVar[bool] = own(
    contextvars.ContextVar("autoform_in_loop", default=False)
)


# `asyncio.events`, loaded when first needed (`import autoform` does not import asyncio):
# read through a global, not an import statement, which costs a lookup of its own at every
# step of every hidden coroutine.
_events: Any = None


def _asyncio_events() -> Any:
    global _events
    from asyncio import events

    _events = events
    return events


def hiding_here() -> bool:
    """Does the code calling autoform's run with the loop hidden?"""
    return _HIDDEN.get() is not None


class kept_in_loop:
    """While it is entered, ``@_af.hides`` hides nothing: a ``def`` helper's twin awaited by
    code running in the loop as written (an ``async def`` pipeline's) runs there too, as the
    helper does called from it."""

    __slots__ = ("token",)

    def __enter__(self) -> None:
        self.token = _IN_LOOP.set(True)

    def __exit__(self, *exc: object) -> None:
        _IN_LOOP.reset(self.token)


def outside_loop(fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
    """Call ``fn`` as the sequential function would: with no event loop running in this
    thread, so that ``asyncio.get_running_loop()`` raises and ``asyncio.run`` may start one
    (the compiled function's loop waits meanwhile, as the sequential program would).

    Nor is a loop current: the one running (which ``asyncio.run`` made this thread's) is
    hidden, and ``asyncio.get_event_loop()`` raises, as it does in the sequential program
    run after an ``asyncio.run``, in any thread but the main one, and from Python 3.14
    on. (Only a main thread where no loop was ever set would have made one for it then:
    which the thread's history was before the running loop was set cannot be told.) A
    loop ``fn`` makes current stays so, as in the sequential program."""
    events = _events or _asyncio_events()

    loop = events._get_running_loop()
    if loop is None:
        return fn(*args, **kwargs)
    with _hiding(loop):
        return fn(*args, **kwargs)


class _hiding:
    """While it is entered, ``loop`` (running in this thread) is neither running nor
    current; `_HIDDEN` names it for `shown`."""

    __slots__ = ("current", "local", "loop", "policy", "token")

    def __init__(self, loop: Any) -> None:
        self.loop = loop

    def __enter__(self) -> None:
        events = _events or _asyncio_events()

        loop = self.loop
        self.policy = policy = events.get_event_loop_policy()
        self.local = getattr(policy, "_local", None)
        self.current = getattr(self.local, "_loop", None) is loop
        self.token = _HIDDEN.set((loop, threading.get_ident()))
        events._set_running_loop(None)
        if self.current:
            policy.set_event_loop(None)

    def __exit__(self, *exc: object) -> None:
        events = _events or _asyncio_events()

        loop = self.loop
        # (the policy it was current in: the code may have set a policy of its own)
        if self.current and getattr(self.local, "_loop", None) is None:
            self.policy.set_event_loop(loop)
        events._set_running_loop(loop)
        _HIDDEN.reset(self.token)


def call_hidden(fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
    """``fn(*args, **kwargs)``, code of the user's that autoform's code calls back: with the
    loop hidden, if the code that called autoform's ran with it hidden."""
    events = _events or _asyncio_events()

    hid = _HIDDEN.get()
    if hid is None or events._get_running_loop() is not hid[0]:
        return fn(*args, **kwargs)
    with _hiding(hid[0]):
        return fn(*args, **kwargs)


# The files of autoform's own plumbing between the user's frames (this one, the runtime's,
# the turns'): a traceback the sequential program shows has no frame of theirs. Each adds
# its own (`PLUMBING.add(__file__)`).
PLUMBING: set[str] = {__file__}


def unwound(exc: BaseException) -> None:
    """Take the frames of autoform's plumbing out of ``exc``'s traceback as it leaves a
    wrapper (the bare ``raise`` after adds none of the wrapper's own): the user's handler,
    a traceback printed whole, shows the user's frames, one calling the next, as the
    sequential run does. (All plumbing, as in a failure of autoform's own: left whole; but
    where a compiled function was given arguments that do not fit it, `_binding`, Python
    raises that where the call is written: no frame of autoform's is left.)"""
    tb = exc.__traceback__
    binding = _binding(exc)
    head = tb
    while head is not None and head.tb_frame.f_code.co_filename in PLUMBING:
        head = head.tb_next
    if head is None:
        if binding:
            exc.__traceback__ = None
        return
    last: TracebackType | None = head
    while last is not None:
        after = last.tb_next
        while after is not None and after.tb_frame.f_code.co_filename in PLUMBING:
            after = after.tb_next
        if after is None:
            if binding:
                last.tb_next = None
            break  # (plumbing at the end: where autoform's own code failed, kept)
        if after is not last.tb_next:
            last.tb_next = after
        last = after
    if head is not tb:
        exc.__traceback__ = head


def _binding(exc: BaseException) -> bool:
    """Was ``exc`` raised binding a compiled function's arguments (``ask(b, t="x")``), in
    `hides`'s wrapper, before any frame of the function's existed?"""
    if not isinstance(exc, TypeError):
        return False
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    return tb is not None and tb.tb_frame.f_code in _BINDS


class _Steps(Coroutine[Any, Any, Any]):
    """A coroutine running each step of the awaitable it wraps in a context (`_step`)."""

    __slots__ = ("aw", "it")

    def __init__(self, aw: Awaitable[Any]) -> None:
        self.aw = aw
        self.it: Any = None

    def __await__(self) -> Any:
        return self

    def __iter__(self) -> Any:
        return self

    def __next__(self) -> Any:
        try:
            return self._step(self._iter().send, None)
        except StopIteration:
            raise
        except BaseException as exc:
            unwound(exc)
            raise

    # What it wraps, for what looks into a coroutine (a task's repr, a debugger).
    @property
    def cr_code(self) -> Any:
        return getattr(self.aw, "cr_code", None)

    @property
    def cr_frame(self) -> Any:
        return getattr(self.aw, "cr_frame", None)

    def _step(self, method: Callable[..., Any], *args: Any) -> Any:
        raise NotImplementedError

    def _iter(self) -> Any:
        if self.it is None:
            aw = self.aw
            self.it = aw if isinstance(aw, Coroutine) else aw.__await__()
        return self.it

    def send(self, value: Any) -> Any:
        try:
            return self._step(self._iter().send, value)
        except StopIteration:
            raise
        except BaseException as exc:
            unwound(exc)
            raise

    def throw(self, typ: Any, val: Any = None, tb: Any = None) -> Any:
        it = self._iter()
        try:
            if val is None and tb is None:
                return self._step(it.throw, typ)
            return self._step(it.throw, typ, val, tb)
        except StopIteration:
            raise
        except BaseException as exc:
            unwound(exc)
            raise

    def close(self) -> None:
        it = self.it if self.it is not None else self.aw
        close = getattr(it, "close", None)
        if close is not None:
            self._step(close)


class _Hidden(_Steps):
    __slots__ = ()

    def _step(self, method: Callable[..., Any], *args: Any) -> Any:
        # (`outside_loop`, inline: this runs at every step of every hidden coroutine)
        loop = (_events or _asyncio_events())._get_running_loop()
        if loop is None:  # (hidden already: a step of a hidden coroutine awaits this one)
            return method(*args)
        with _hiding(loop):
            return method(*args)


class _Shown(_Steps):
    __slots__ = ()

    def _step(self, method: Callable[..., Any], *args: Any) -> Any:
        with showing():
            return method(*args)


class showing:
    """While it is entered, the loop a hidden step hid runs again, if this thread's code
    runs with it hidden (a step of autoform's, called from the user's code; not a loop of
    the user's own, running inside one)."""

    __slots__ = ("shown",)

    def __enter__(self) -> None:
        events = _events or _asyncio_events()

        hid = _HIDDEN.get()
        here = hid is not None and hid[1] == threading.get_ident()
        self.shown = False
        if hid is not None and here and events._get_running_loop() is None:
            events._set_running_loop(hid[0])
            self.shown = True

    def __exit__(self, *exc: object) -> None:
        if self.shown:
            events = _events or _asyncio_events()

            events._set_running_loop(None)


def hidden(aw: Awaitable[T]) -> Coroutine[Any, Any, T]:
    """``aw``, each of its steps run with the loop hidden."""
    return _Hidden(aw)


def shown(aw: Awaitable[T]) -> Coroutine[Any, Any, T]:
    """``aw``, each of its steps run with the loop there, if a hidden step awaits it."""
    return _Shown(aw)


def hides(fn: Callable[..., Coroutine[Any, Any, T]]) -> Callable[..., Coroutine[Any, Any, T]]:
    """``@_af.hides`` on an ``async def`` generated from a ``def``: its code runs with the
    loop hidden (see the module's docstring)."""

    @functools.wraps(fn)
    async def run(*args: Any, **kwargs: Any) -> T:
        if _IN_LOOP.get():
            return await fn(*args, **kwargs)
        return await _Hidden(fn(*args, **kwargs))

    _BINDS.add(run.__code__)  # type: ignore[attr-defined]
    return run


# The code of `hides`'s wrapper, where a compiled function's arguments are bound (`_binding`).
_BINDS: set[Any] = set()


def shows(fn: Callable[..., Awaitable[T]]) -> Callable[..., Coroutine[Any, Any, T]]:
    """An ``async def`` of autoform's, awaited by generated code: its steps run with the
    loop there."""

    @functools.wraps(fn)
    def made(*args: Any, **kwargs: Any) -> Coroutine[Any, Any, T]:
        return _Shown(fn(*args, **kwargs))

    return made


def on_thread(fn: Callable[..., Any]) -> Callable[..., Awaitable[Any]]:
    """``fn`` run on a thread of its own, in the caller's context. One thread per call in
    flight: the caps in force bound them, no pool does (the default executor's
    min(32, cpus + 4) workers would bound a wide schedule below its caps). A cancelled
    call's thread finishes its request; its result is dropped. No loop runs in that thread,
    as none runs in the sequential program's."""

    def start(*args: Any, **kwargs: Any) -> Awaitable[Any]:
        import asyncio

        loop = asyncio.get_running_loop()
        future = loop.create_future()
        context = started()
        # The failure the caller is handling (called in an `except` or a `finally`): the
        # sequential program's call sees it (`sys.exc_info()`), so `fn` is called handling it.
        handled = HANDLING.get() or sys.exc_info()[1]

        def settle(result: Any, error: BaseException | None) -> None:
            if future.done():  # cancelled meanwhile
                return
            if error is not None:
                future.set_exception(error)
            else:
                future.set_result(result)

        def work() -> None:
            error: BaseException | None
            try:
                result, error = _handling(handled, context.run, fn, *args, **kwargs), None
            except StopIteration as exc:
                # A future cannot hold one (it would hang the caller); what a coroutine
                # makes of it anyway (PEP 479).
                stop = RuntimeError(f"{getattr(fn, '__qualname__', fn)} raised StopIteration")
                stop.__cause__ = exc
                result, error = None, stop
            except GeneratorExit as exc:
                # Thrown into the coroutines awaiting the future, one would close them
                # (PEP 380): carried to the awaiting one, which raises it (`_delivered`).
                result, error = None, _Carried(exc)
            except BaseException as exc:
                result, error = None, exc
            # The loop may have closed meanwhile: nobody waits any more.
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(settle, result, error)

        # (named as the caller's thread: what a record's `threadName`, a message naming
        # the thread, shows is the sequential call's)
        name = threading.current_thread().name
        threading.Thread(target=work, name=name, daemon=True).start()
        return _delivered(future, context)

    return start


# What belongs to the thread that made or holds it, by its type's dotted name: a call on
# another thread sees other values (a `threading.local`), is refused (a `sqlite3`
# connection), or finds the lock held (an `RLock` its caller holds). And the functions
# that tell threads apart. A primitive that meets one runs on its caller's thread
# (`thread_bound`).
THREAD_BOUND_TYPES = frozenset(
    {
        "_thread._local",
        "_threading_local.local",
        "_thread.RLock",
        "threading._RLock",
        "threading.Condition",
        "sqlite3.Connection",
        "sqlite3.Cursor",
        "sqlite3.Blob",
    }
)
THREAD_BOUND_FUNCTIONS = frozenset(
    {
        "threading.current_thread",
        "threading.currentThread",
        "threading.get_ident",
        "threading.get_native_id",
        "_thread.get_ident",
        "_thread.get_native_id",
    }
)
_CONTAINERS = (list, tuple, dict, set, frozenset)


def thread_bound(fn: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> bool:
    """Would ``fn(*args, **kwargs)`` (a primitive's body) meet something bound to its
    caller's thread (`THREAD_BOUND_TYPES`, a subclass too; `THREAD_BOUND_FUNCTIONS`)? Looked
    for in its arguments, in the globals and cells its code names, and in what those hold,
    a few levels down: items of containers, attributes of objects (their own ``__dict__``),
    a partial's parts, a function's defaults and cells, what a wrapper wraps, the functions
    of the classes of objects met (code of the user's that the call may run, its names
    followed too). Read by types and own dictionaries only: no code of anyone's runs."""
    values: list[Any] = [fn, *args, *kwargs.values()]
    names: set[str] = set()
    seen: set[int] = set()
    for _ in range(6):  # (levels: an argument, what it holds, what that holds, ...)
        later: list[Any] = []
        for v in values:
            if id(v) in seen or len(seen) > _LOOKED_AT:
                continue
            seen.add(id(v))
            kind = type(v)
            if _bound_type(kind):
                return True
            if kind is ModuleType:
                if any(f"{v.__name__}.{n}" in THREAD_BOUND_FUNCTIONS for n in names):
                    return True
                continue
            if kind is BuiltinFunctionType:
                if f"{v.__module__}.{v.__qualname__}" in THREAD_BOUND_FUNCTIONS:
                    return True
                continue
            if kind is FunctionType:
                if f"{v.__module__}.{v.__qualname__}" in THREAD_BOUND_FUNCTIONS:
                    return True
                if not _users(v.__code__.co_filename, v.__module__):
                    continue  # (a library's state is its own business: its locks, its loggers')
                own = code_names(v.__code__)
                names |= own
                later += [v.__globals__[n] for n in own if n in v.__globals__]
                later += [c.cell_contents for c in v.__closure__ or () if _filled(c)]
                later += [*(v.__defaults__ or ()), *(v.__kwdefaults__ or {}).values()]
                later += [v.__dict__.get("__wrapped__")]
                continue
            if kind is type:
                if _bound_type(v):
                    return True
                if _users_class(v):
                    later += _class_functions(v)
                continue
            if kind in _CONTAINERS:
                later += _items(v)
                continue
            if kind is functools.partial:
                later += [v.func, *v.args, *v.keywords.values()]
                continue
            if kind is MethodType:
                later += [v.__func__, v.__self__]
                continue
            # An object of a class of the user's: what it holds itself, and its class's
            # functions (a method of it the call may run); a wrapper's `__wrapped__`
            # (`functools.lru_cache`'s).
            held = _own_dict(v)
            if _users_class(kind):
                later += list(itertools.islice(held.values(), 1000))
                later += _class_functions(kind)
            elif "__wrapped__" in held:
                later.append(held["__wrapped__"])
        values = later
    return False


def run_here(fn: Callable[..., T], args: tuple[Any, ...], kwargs: dict[str, Any]) -> T:
    """``fn(*args, **kwargs)`` (a primitive's body that is `thread_bound`) here, on the
    caller's thread, the loop hidden, handling the failure its caller was handling where
    the call was written (`HANDLING`, for a call started there and run later)."""
    handled = HANDLING.get()
    if handled is None or sys.exc_info()[1] is handled:
        return call_hidden(fn, *args, **kwargs)
    return _handling(handled, call_hidden, fn, *args, **kwargs)


# How many values `thread_bound` looks at, at most, per call.
_LOOKED_AT = 5000


def _bound_type(kind: type) -> bool:
    """Is ``kind`` one of `THREAD_BOUND_TYPES`, or a subclass of one?"""
    try:
        mro = type.__dict__["__mro__"].__get__(kind)
    except TypeError:
        return False
    return any(_dotted(k) in THREAD_BOUND_TYPES for k in mro)


def _users(filename: str, module: Any) -> bool:
    """Is code of this file (and module name) the user's: not autoform's, not the standard
    library's nor an installed package's?"""
    if isinstance(module, str) and module.partition(".")[0] == "autoform":
        return False
    if not filename or filename.startswith("<"):
        return module == "__main__"
    return not filename.startswith(_LIBRARY)


_LIBRARY = tuple({sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix})


def _users_class(cls: type) -> bool:
    module = sys.modules.get(cls.__module__)
    return _users(getattr(module, "__file__", None) or "", cls.__module__)


def _own_dict(obj: Any) -> dict[str, Any]:
    """``obj``'s own ``__dict__``, read without running its class's code (empty if none)."""
    try:
        found = object.__getattribute__(obj, "__dict__")
    except (AttributeError, TypeError):
        return {}
    return found if type(found) is dict else {}


def _class_functions(cls: type) -> list[Any]:
    """The functions a class of the user's defines (and its bases), unwrapped from
    `staticmethod`, `classmethod` and `property`."""
    if cls.__module__ == "builtins":
        return []
    found: list[Any] = []
    for k in type.__dict__["__mro__"].__get__(cls)[:-1]:
        for v in list(vars(k).values()):
            if type(v) is staticmethod or type(v) is classmethod:
                v = v.__func__
            if type(v) is property:
                found += [v.fget, v.fset, v.fdel]
            elif type(v) is FunctionType:
                found.append(v)
    return found


@functools.lru_cache(maxsize=512)
def code_names(code: CodeType) -> frozenset[str]:
    """The global and attribute names ``code`` and the code inside it read."""
    names: set[str] = set()
    codes = [code]
    while codes:
        c = codes.pop()
        names.update(c.co_names)
        codes += [k for k in c.co_consts if type(k) is CodeType]
    return frozenset(names)


def _filled(cell: Any) -> bool:
    try:
        cell.cell_contents  # noqa: B018
    except ValueError:
        return False
    return True


def _dotted(kind: type) -> str:
    return f"{kind.__module__}.{kind.__qualname__}"


def _items(value: Any) -> list[Any]:
    items = value.values() if type(value) is dict else value
    return list(itertools.islice(items, 1000))


class _Carried(Exception):
    """A `GeneratorExit` a call on a thread raised, on its way to the coroutine awaiting it."""

    def __init__(self, exc: GeneratorExit) -> None:
        super().__init__()
        self.exc = exc


async def _delivered(future: Any, context: contextvars.Context) -> Any:
    """``await future``, raising a `_Carried` failure as itself, in this frame; what the call
    set in its ``context`` then set here, as the sequential call would have (`carry`)."""
    try:
        result = await future
    except _Carried as carried:
        exc = carried.exc
    except BaseException:
        if future.done() and not future.cancelled():  # (not while the call still runs)
            carry(context)
        raise
    else:
        carry(context)
        return result
    carry(context)
    raise exc  # (out of the `except`: it takes no context from its carrier)


def _handling(handled: BaseException | None, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``fn(*args, **kwargs)``, in an ``except`` clause handling ``handled`` (if not None), its
    traceback as it was: what ``sys.exc_info()`` gives the code it runs, and the context a
    failure of it takes, as where the call was made."""
    if handled is None:
        return fn(*args, **kwargs)
    tb = handled.__traceback__
    try:
        raise handled
    except BaseException:
        handled.__traceback__ = tb  # (raising it here added this frame)
        return fn(*args, **kwargs)


_LEAVES = frozenset({str, int, float, bool, type(None)})


def plain_arguments(args: Any, kwargs: dict[str, Any]) -> bool:
    """Are a call's arguments plain data (`plain_data`), a class given as a keyword aside
    (``response_format=Answer``: a client reads its schema, it formats no object)?"""
    return plain_data(args) and plain_data(
        {k: v for k, v in kwargs.items() if not issubclass(type(v), type)}
    )


def plain_data(value: Any, depth: int = 0) -> bool:
    """Is ``value`` plain data, told by exact types (str, numbers, None, and lists, tuples
    and dicts of them)? Formatting it (``str``, ``json.dumps``) runs no one's code, so it
    may be done where the loop runs; anything else a client formats (an LM call's message
    holding an object of the user's) is formatted where the sequential program would."""
    kind = type(value)
    if kind in _LEAVES:
        return True
    if depth > 8:
        return False
    if kind is list or kind is tuple:
        return all(plain_data(v, depth + 1) for v in value)
    if kind is dict:
        return all(type(k) is str and plain_data(v, depth + 1) for k, v in value.items())
    return False
