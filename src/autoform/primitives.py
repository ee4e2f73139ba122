"""The primitives: `format` and `lm_call`, and the registry the compiler recognises them by.

A primitive is an object carrying a `PrimitiveSpec` under ``__autoform_primitive__``. The
compiler finds it by what a name resolves to (an import alias, a module-level alias), never
by spelling. `lm_call` is awaitable (``.acall``) and may overlap with other calls; `format`
is pure and returns a new string.
"""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from .recorder import arecord, record, recording

__all__ = ["Primitive", "PrimitiveSpec", "format", "lm_call", "primitive", "spec_for_name"]


@dataclass(frozen=True)
class PrimitiveSpec:
    """What the compiler may assume about a primitive."""

    qualname: str  # the public dotted name, e.g. "autoform.lm_call"
    awaitable: bool  # True: has `.acall` and may run concurrently with other calls
    immutable_result: bool  # True: returns a fresh immutable value (a str), aliasing nothing
    # May read module state (globals, objects reachable from them): a call keeps its place
    # after earlier changes to it. The default for a user's primitive: its body is unseen.
    reads_state: bool = True


class Primitive:
    """A callable with a synchronous and an asynchronous implementation."""

    def __init__(
        self,
        spec: PrimitiveSpec,
        call: Callable[..., Any],
        acall: Callable[..., Awaitable[Any]] | None = None,
        doc: str | None = None,
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

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self._recorded and (active := recording()):
            site = sys._getframe(1)
            model = kwargs.get("model")
            return record(active, self.__qualname__, site, model, self._call, args, kwargs)
        return self._call(*args, **kwargs)

    def acall(self, *args: Any, **kwargs: Any) -> Coroutine[Any, Any, Any]:
        """The asynchronous twin: same arguments, same result."""
        # A plain method returning the coroutine: the frame calling it is the call site a
        # timeline names (once the coroutine runs in a task, that frame is gone).
        if self._recorded and (active := recording()):
            site = sys._getframe(1)
            model = kwargs.get("model")
            return arecord(active, self.__qualname__, site, model, self._arun, args, kwargs)
        return self._arun(*args, **kwargs)

    async def _arun(self, *args: Any, **kwargs: Any) -> Any:
        if self._acall is None:
            return self._call(*args, **kwargs)
        return await self._acall(*args, **kwargs)

    def __repr__(self) -> str:
        return f"<autoform primitive {self.__autoform_primitive__.qualname}>"


def _format(template: str, *args: Any, **kwargs: Any) -> str:
    """Fill ``template`` with ``str.format`` semantics.

    >>> format("Summarize {} in two sentences.", "recursion")
    'Summarize recursion in two sentences.'
    """
    return template.format(*args, **kwargs)


def _lm_call(messages: list[dict[str, Any]], *, model: str, **kwargs: Any) -> str:
    from . import lm

    return lm.complete(messages, model=model, **kwargs)


def _lm_acall(
    messages: list[dict[str, Any]], *, model: str, **kwargs: Any
) -> Coroutine[Any, Any, str]:
    from . import lm

    # The adapter's coroutine itself, not one awaiting it: a call is a few coroutines deep,
    # and each costs every call of a fan-out (`_arun` keeps the call lazy).
    return lm.acomplete(messages, model=model, **kwargs)


format = Primitive(
    PrimitiveSpec("autoform.format", awaitable=False, immutable_result=True, reads_state=False),
    _format,
)
lm_call = Primitive(
    PrimitiveSpec("autoform.lm_call", awaitable=True, immutable_result=True, reads_state=False),
    _lm_call,
    _lm_acall,
    doc="""Ask a language model; return the reply's text.

    ``messages`` are OpenAI-style chat messages; ``model`` and any other keyword arguments
    (temperature, max_tokens, api_base, num_retries, timeout, ...) go to LiteLLM unchanged.
    ``await lm_call.acall(...)`` is the asynchronous twin. Inside ``with af.lm_client(c):``
    calls go through ``c`` (for example a ``litellm.Router``).
    """,
)


def primitive(fn: Callable[..., Any]) -> Primitive:
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

        made = Primitive(spec, call, fn, doc=fn.__doc__)
    else:

        async def acall(*args: Any, **kwargs: Any) -> Any:
            import asyncio

            return await asyncio.to_thread(fn, *args, **kwargs)

        made = Primitive(spec, fn, acall, doc=fn.__doc__)
    made.__name__ = fn.__name__
    made.__qualname__ = fn.__qualname__
    made.__module__ = fn.__module__
    made.__wrapped__ = fn  # type: ignore[attr-defined]
    return made


_BY_NAME: dict[str, PrimitiveSpec] = {
    p.__autoform_primitive__.qualname: p.__autoform_primitive__ for p in (format, lm_call)
}


def spec_for_name(qualname: str) -> PrimitiveSpec | None:
    """The spec of a primitive known by its dotted name (for static resolution)."""
    spec = _BY_NAME.get(qualname)
    if spec is None and qualname.startswith("autoform."):
        spec = _BY_NAME.get("autoform." + qualname.rsplit(".", 1)[-1])
    return spec


def spec_of(obj: Any) -> PrimitiveSpec | None:
    """The spec of a primitive object (for resolution against live globals)."""
    spec = getattr(type(obj), "__autoform_primitive__", None) or getattr(
        obj, "__autoform_primitive__", None
    )
    return spec if isinstance(spec, PrimitiveSpec) else None
