"""The primitives: `format`, `lm_call` and `lm_response`, and the registry the compiler
recognises them by.

A primitive is an object carrying a `PrimitiveSpec` under ``__autoform_primitive__``. The
compiler finds it by what a name resolves to (an import alias, a module-level alias), never
by spelling. `lm_call` and `lm_response` are awaitable (``.acall``) and may overlap with
other calls; `format` is pure and returns a new string.

To type checkers a `Primitive` has the signature of the function it was made from
(``Primitive[P, R]``), `lm_call` returns ``str`` (an instance of the pydantic model given as
``response_format``) and `lm_response` ``Any``: LiteLLM's ``ModelResponse`` declares neither
its ``usage`` nor a ``message`` on every choice, so its own type would make correct code fail.
"""

from __future__ import annotations

import contextlib
import sys
import types
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from types import CodeType
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar, overload

from .hiding import HANDLING, call_hidden, shown
from .recorder import arecord, record, recording

if TYPE_CHECKING:
    from pydantic import BaseModel

__all__ = [
    "Primitive",
    "PrimitiveSpec",
    "format",
    "lm_call",
    "lm_response",
    "primitive",
    "spec_for_name",
]

P = ParamSpec("P")
R = TypeVar("R")
M = TypeVar("M", bound="BaseModel")


@dataclass(frozen=True)
class PrimitiveSpec:
    """What the compiler may assume about a primitive."""

    qualname: str  # the public dotted name, e.g. "autoform.lm_call"
    awaitable: bool  # True: has `.acall` and may run concurrently with other calls
    immutable_result: bool  # True: returns a fresh immutable value (a str), aliasing nothing
    # May read module state (globals, objects reachable from them): a call keeps its place
    # after earlier changes to it. The default for a user's primitive: its body is unseen.
    reads_state: bool = True
    # Returns a new object the caller owns (mutable, unlike `immutable_result`): not module
    # state, not one of its arguments' objects (LiteLLM's response to `lm_response`).
    fresh_result: bool = False
    # Keyword arguments that may change what the call returns (`lm_call`'s
    # ``response_format``: a pydantic model class makes it an instance, not a str). A call
    # passing one, or ``**kwargs``, is taken as `shaped` says.
    shaped_by: tuple[str, ...] = ()
    shaped: PrimitiveSpec | None = None


def _code_of(fn: Callable[..., Any] | None) -> CodeType | None:
    code = getattr(fn, "__code__", None)
    return code if isinstance(code, CodeType) else None


def _keep_body(exc: BaseException, body: CodeType | None) -> None:
    """Past the entry of the frame catching ``exc`` (`Primitive.__call__`'s), keep only the
    frames of the primitive's ``body`` and what it called: a failure of a call reads the
    same run as written and compiled (whose LM calls take the async path, the client's
    async methods), as the wrapper's own entry is the same both ways (`_as_if_called`)."""
    head = exc.__traceback__
    if head is None:
        return
    after = head.tb_next
    while after is not None and after.tb_frame.f_code is not body:
        after = after.tb_next
    head.tb_next = after


class _StandIn:
    """What `_as_if_called` gives `Primitive.__call__` as ``self``: a call raising ``exc``."""

    __slots__ = ("_call",)
    _recorded = False
    _body = None

    def __init__(self, exc: BaseException) -> None:
        def fail(*args: Any, **kwargs: Any) -> Any:
            raise exc

        self._call = fail


def _as_if_called(exc: BaseException, body: CodeType | None) -> None:
    """Give ``exc``, met on a primitive's async path, the traceback its plain call gives
    (`_keep_body`): `Primitive.__call__`'s own entry, at the line and columns of its call,
    made by running that very code with a stand-in that raises ``exc``; then the frames of
    ``body``, if the async path ran it."""
    after = exc.__traceback__
    while after is not None and after.tb_frame.f_code is not body:
        after = after.tb_next
    exc.__traceback__ = None
    with contextlib.suppress(Exception, GeneratorExit, KeyboardInterrupt, SystemExit):
        Primitive.__call__(_StandIn(exc))  # type: ignore[arg-type]
    tb = exc.__traceback__
    while tb is not None and tb.tb_frame.f_code is not Primitive.__call__.__code__:
        tb = tb.tb_next
    if tb is not None:
        tb.tb_next = after
    exc.__traceback__ = tb


class Primitive(Generic[P, R]):
    """A callable with a synchronous and an asynchronous implementation."""

    def __init__(
        self,
        spec: PrimitiveSpec,
        call: Callable[P, R],
        acall: Callable[P, Awaitable[R]] | None = None,
        doc: str | None = None,
        body: Callable[..., Any] | None = None,
    ) -> None:
        self.__autoform_primitive__ = spec
        self._call = call
        self._acall = acall
        self.__name__ = spec.qualname.rsplit(".", 1)[-1]
        self.__qualname__ = self.__name__
        self.__module__ = spec.qualname.rsplit(".", 1)[0]
        self.__doc__ = doc or call.__doc__
        # Calls that may overlap are what a timeline shows; `format` is not one.
        self._recorded = spec.awaitable
        # Its async twin, named as it is: a call Python cannot make (``lm_call.acall(*None)``,
        # a keyword given twice) names the callee in its message, as the plain call does.
        twin = types.FunctionType(
            Primitive.acall.__code__, Primitive.acall.__globals__, self.__name__
        )
        twin.__qualname__, twin.__module__ = self.__qualname__, self.__module__
        twin.__doc__ = Primitive.acall.__doc__
        self.acall = types.MethodType(twin, self)  # type: ignore[method-assign]
        # The code whose frames a failure's traceback keeps past this call's own line: the
        # body both ways of calling it run (a plain `@af.primitive`'s function). None for an
        # LM call, whose sync and async paths (and the client's) run different code.
        self._body = _code_of(body)
        self._fn = body  # (what the compiler reads of a primitive of the user's)

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            if self._recorded and (active := recording()):
                site = sys._getframe(1)
                model = kwargs.get("model")
                return record(active, self.__qualname__, site, model, self._call, args, kwargs)
            return self._call(*args, **kwargs)
        except (Exception, GeneratorExit, KeyboardInterrupt, SystemExit) as exc:
            _keep_body(exc, self._body)
            raise

    def acall(self, *args: P.args, **kwargs: P.kwargs) -> Coroutine[Any, Any, R]:
        """The asynchronous twin: same arguments, same result."""
        # A plain method returning the coroutine: the frame calling it is the call site a
        # timeline names (once the coroutine runs in a task, that frame is gone).
        if self._recorded and (active := recording()):
            site = sys._getframe(1)
            model = kwargs.get("model")
            return shown(arecord(active, self.__qualname__, site, model, self._arun, args, kwargs))
        # (made where the call is written: a failure handled there is what its body sees as
        # written, though it runs later, in a task of its own)
        handled = sys.exc_info()[1] if self._body is not None else None
        if handled is not None:
            return shown(self._arun_handling(handled, args, kwargs))
        return shown(self._arun(*args, **kwargs))

    async def _arun_handling(
        self, handled: BaseException, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> R:
        token = HANDLING.set(handled)
        try:
            return await self._arun(*args, **kwargs)
        except BaseException as exc:
            if exc.__traceback__ is not None:  # (this frame's entry: not the program's)
                exc.__traceback__ = exc.__traceback__.tb_next
            raise
        finally:
            HANDLING.reset(token)

    async def _arun(self, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            if self._acall is None:
                return call_hidden(self._call, *args, **kwargs)
            return await self._acall(*args, **kwargs)
        except (Exception, GeneratorExit, KeyboardInterrupt, SystemExit) as exc:
            _as_if_called(exc, self._body)  # (not a cancellation: the program's own failure)
            raise

    def __repr__(self) -> str:
        return f"<autoform primitive {self.__autoform_primitive__.qualname}>"

    def __reduce__(self) -> str:
        # (a module's global, pickled by its name as a function is: `autoform.lm_call`)
        return self.__qualname__


def _format(template: str, *args: Any, **kwargs: Any) -> str:
    """Fill ``template`` with ``str.format`` semantics.

    >>> format("Summarize {} in two sentences.", "recursion")
    'Summarize recursion in two sentences.'
    """
    return template.format(*args, **kwargs)


def _lm_call(messages: list[Any], *, model: str, **kwargs: Any) -> Any:
    from . import lm

    return lm.complete(messages, model=model, **kwargs)


def _lm_acall(messages: list[Any], *, model: str, **kwargs: Any) -> Coroutine[Any, Any, Any]:
    from . import lm

    # The adapter's coroutine itself, not one awaiting it: a call is a few coroutines deep,
    # and each costs every call of a fan-out (`_arun` keeps the call lazy).
    return lm.acomplete(messages, model=model, **kwargs)


def _lm_response(messages: list[Any], *, model: str, **kwargs: Any) -> Any:
    from . import lm

    return lm.respond(messages, model=model, **kwargs)


def _lm_aresponse(messages: list[Any], *, model: str, **kwargs: Any) -> Coroutine[Any, Any, Any]:
    from . import lm

    return lm.arespond(messages, model=model, **kwargs)


# Called with arguments they do not take, the twins fail as the plain functions do: Python
# names the function in the message (`_lm_call() missing 1 required keyword-only argument`).
_lm_acall.__qualname__ = _lm_acall.__name__ = "_lm_call"
_lm_aresponse.__qualname__ = _lm_aresponse.__name__ = "_lm_response"


class _LMCall(Primitive[..., Any]):
    """`lm_call`'s type: ``str``, or the pydantic model given as ``response_format``."""

    if TYPE_CHECKING:

        @overload
        def __call__(
            self, messages: list[Any], *, model: str, response_format: type[M], **kwargs: Any
        ) -> M: ...
        @overload
        def __call__(self, messages: list[Any], *, model: str, **kwargs: Any) -> str: ...
        def __call__(self, *args: Any, **kwargs: Any) -> Any: ...

        @overload
        def acall(
            self, messages: list[Any], *, model: str, response_format: type[M], **kwargs: Any
        ) -> Coroutine[Any, Any, M]: ...
        @overload
        def acall(
            self, messages: list[Any], *, model: str, **kwargs: Any
        ) -> Coroutine[Any, Any, str]: ...
        def acall(self, *args: Any, **kwargs: Any) -> Any: ...


format = Primitive(
    PrimitiveSpec("autoform.format", awaitable=False, immutable_result=True, reads_state=False),
    _format,
    body=_format,
)
lm_response: Primitive[..., Any] = Primitive(
    PrimitiveSpec(
        "autoform.lm_response",
        awaitable=True,
        immutable_result=False,
        reads_state=False,
        fresh_result=True,
    ),
    _lm_response,
    _lm_aresponse,
    doc="""Ask a language model; return LiteLLM's whole response (a ``ModelResponse``).

    Takes what `lm_call` takes, and keeps what its text drops: tool calls
    (``response.choices[0].message.tool_calls``), every choice of ``n > 1``, ``usage``,
    the finish reason. ``stream=True`` is consumed: the response is the one the stream
    adds up to. ``await lm_response.acall(...)`` is the asynchronous twin.
    """,
)
lm_call = _LMCall(
    PrimitiveSpec(
        "autoform.lm_call",
        awaitable=True,
        immutable_result=True,
        reads_state=False,
        shaped_by=("response_format",),
        # Given a pydantic model class, an instance of it: a new object, not a str.
        shaped=PrimitiveSpec(
            "autoform.lm_call(response_format)",
            awaitable=True,
            immutable_result=False,
            reads_state=False,
            fresh_result=True,
        ),
    ),
    _lm_call,
    _lm_acall,
    doc="""Ask a language model; return the reply's text.

    ``messages`` are OpenAI-style chat messages; ``model`` and any other keyword arguments
    (temperature, max_tokens, api_base, num_retries, timeout, ...) go to LiteLLM unchanged.
    A pydantic model class as ``response_format`` returns an instance of it, validated from
    the reply. A request that may be answered with more than one text, or none (``n > 1``,
    ``tools=``), raises `TypeError` before it is sent: `lm_response` returns the whole
    response. ``stream=True`` is consumed into the text. ``await lm_call.acall(...)`` is the
    asynchronous twin. Inside ``with af.lm_client(c):`` calls go through ``c`` (for example
    a ``litellm.Router``).
    """,
)


@overload
def primitive(fn: Callable[P, Coroutine[Any, Any, R]]) -> Primitive[P, R]: ...
@overload
def primitive(fn: Callable[P, R]) -> Primitive[P, R]: ...


def primitive(fn: Callable[..., Any]) -> Primitive[..., Any]:
    """Declare a slow call of your own (a tool, an HTTP fetch, a database query) so that
    compiled pipelines overlap it like an LM call.

    An ``async def`` is awaited as it is; a plain function runs in a worker thread. Called
    from ordinary code it behaves like the function itself. The call is taken to have no
    effect others could see (like an LM call): use it for reads, not for writes.

    >>> import autoform as af
    >>> @af.primitive
    ... def lookup(key: str) -> str:
    ...     return key.upper()
    >>> lookup("owl")
    'OWL'
    """
    import inspect

    qualname = f"{fn.__module__}.{fn.__qualname__}"
    spec = PrimitiveSpec(qualname, awaitable=True, immutable_result=False)
    if inspect.iscoroutinefunction(fn):

        def call(*args: Any, **kwargs: Any) -> Any:
            from .runner import run_sync

            return run_sync(fn(*args, **kwargs))

        async def acall_async(*args: Any, **kwargs: Any) -> Any:
            if sys.exc_info()[1] is None and HANDLING.get() is None:
                return await fn(*args, **kwargs)
            # Called as written, its body runs on a loop of its own, handling no failure;
            # awaited here in an `except`, it would see the one handled: a task of its own.
            import asyncio

            return await asyncio.ensure_future(fn(*args, **kwargs))

        made: Primitive[..., Any] = Primitive(spec, call, acall_async, doc=fn.__doc__, body=fn)
    else:

        async def acall(*args: Any, **kwargs: Any) -> Any:
            from .clients import on_thread
            from .hiding import run_here, thread_bound

            try:
                if thread_bound(fn, args, kwargs):
                    # It meets what belongs to its caller's thread (a `threading.local`, a
                    # sqlite3 connection, an RLock held): run here, on the compiled
                    # function's thread, as the sequential call runs on the function's.
                    try:
                        return run_here(fn, args, kwargs)
                    except StopIteration as exc:
                        from .runner import stop_refused

                        raise stop_refused(fn, exc) from exc
                # A thread per call in flight, as for a sync SDK client: no pool narrower
                # than the schedule and its caps.
                return await on_thread(fn)(*args, **kwargs)
            except RuntimeError as exc:
                if isinstance(exc.__cause__, StopIteration):
                    from .runner import stop_refused

                    raise stop_refused(fn, exc.__cause__) from exc
                raise

        made = Primitive(spec, fn, acall, doc=fn.__doc__, body=fn)
    made.__name__ = fn.__name__
    made.__qualname__ = fn.__qualname__
    made.__module__ = fn.__module__
    twin = made.acall.__func__  # type: ignore[attr-defined]
    twin.__qualname__, twin.__module__ = fn.__qualname__, fn.__module__
    made.__wrapped__ = fn  # type: ignore[attr-defined]
    return made


_BY_NAME: dict[str, PrimitiveSpec] = {
    p.__autoform_primitive__.qualname: p.__autoform_primitive__
    for p in (format, lm_call, lm_response)
}


def spec_for_name(qualname: str) -> PrimitiveSpec | None:
    """The spec of a primitive known by its dotted name (for static resolution)."""
    spec = _BY_NAME.get(qualname)
    if spec is None and qualname.startswith("autoform."):
        spec = _BY_NAME.get("autoform." + qualname.rsplit(".", 1)[-1])
    return spec


def spec_of(obj: Any) -> PrimitiveSpec | None:
    """The spec of a primitive object (for resolution against live globals). Read without
    running anyone's code: a callable object's `__getattr__` is the user's."""
    import inspect

    spec = inspect.getattr_static(obj, "__autoform_primitive__", None)
    return spec if type(spec) is PrimitiveSpec else None
