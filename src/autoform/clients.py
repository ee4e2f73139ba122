"""Other LM clients as LM calls: LiteLLM's functions and Router, the OpenAI and Anthropic SDKs,
and whatever a user declares with `lm_method`. The analysis and the runtime read one registry.

The registry is data keyed by receiver and method path (in the spirit of Pysa's model
files): a receiver is a module (``"litellm"``) or a class, by its public dotted name
(``"openai.OpenAI"``, matched with ``isinstance`` once the user's code has imported it) or by
the class itself (a user's declaration); the path is the attributes called on it
(``"chat.completions.create"``). The SDKs are never imported here: a receiver whose module is
not in ``sys.modules`` cannot be the object at hand.

At run time generated code awaits ``_af.lm_method(receiver, "path", *args, **kwargs)`` (and
``lm_amethod`` where the user awaited the call), which looks the receiver's runtime type up
(as AutoGraph's ``converted_call`` does): a registered method runs under the caps and rates
in force, recorded by a timeline, and returns exactly what the SDK returns; a synchronous one
overlaps through its async twin when it has one (``litellm.acompletion``), else on a thread
of its own (one per call in flight: no pool smaller than the caps); anything else runs as
the user wrote it, in place.

Also here, as data: calls known to block (``requests.get``, ``time.sleep``, a sync client
autoform does not know), which the compiler names in a `KeptInOrderWarning`.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from dataclasses import dataclass
from typing import Any

from .hiding import call_hidden, hiding_here, on_thread, plain_arguments, shown
from .limits import hold
from .recorder import arecord, note_response, note_sent, recording
from .turns import come

__all__ = [
    "BLOCKING_CALLS",
    "BLOCKING_RECEIVERS",
    "LMMethod",
    "class_name",
    "declare",
    "lm_amethod",
    "lm_method",
    "lookup",
    "methods_named",
    "on_thread",
    "register",
]

# An async twin: a method path on the same receiver, or a function of the receiver that
# returns an async callable taking the same arguments.
AsyncTwin = str | Callable[[Any], Callable[..., Awaitable[Any]]]


@dataclass(frozen=True)
class LMMethod:
    """A method (or a module's function) that is an LM call."""

    receiver: str | type  # a module or class by its public dotted name, or a class
    path: str  # the attributes called on the receiver: "chat.completions.create"
    asynchronous: bool  # calling it makes an awaitable (the user awaits it)
    async_twin: AsyncTwin | None = None  # for a synchronous one: how to overlap it
    module: bool = False  # the receiver is a module, named by ``receiver``

    @property
    def qualname(self) -> str:
        return f"{_receiver_name(self.receiver)}.{self.path}"

    def holds(self, obj: Any) -> bool:
        """Is ``obj`` this method's receiver (a module of that name, an instance)?"""
        receiver = self.receiver
        if isinstance(receiver, type):
            return isinstance(obj, receiver)
        if self.module:
            return isinstance(obj, types.ModuleType) and obj.__name__ == receiver
        cls = _loaded(receiver)
        return isinstance(cls, type) and isinstance(obj, cls)


def _receiver_name(receiver: str | type) -> str:
    if isinstance(receiver, type):
        return f"{receiver.__module__}.{receiver.__qualname__}"
    return receiver


def _loaded(dotted: str) -> Any:
    """What ``dotted`` names, if its module is already imported (never imports it)."""
    module, _, attr = dotted.rpartition(".")
    found = sys.modules.get(module)
    return getattr(found, attr, None) if found is not None else None


# ======================================================================================
# REGISTRY
# ======================================================================================

_BY_PATH: dict[str, list[LMMethod]] = {}


def register(method: LMMethod) -> LMMethod:
    """Add ``method`` to the registry (a later declaration of the same receiver and path
    replaces the earlier one)."""
    entries = _BY_PATH.setdefault(method.path, [])
    entries[:] = [e for e in entries if e.receiver != method.receiver]
    entries.insert(0, method)  # the latest first: a user's declaration wins
    return method


def declare(
    receiver: type | types.ModuleType | str,
    path: str,
    *,
    async_twin: AsyncTwin | None = None,
    asynchronous: bool = False,
) -> LMMethod:
    """Declare ``receiver.path(...)`` an LM call, so compiled pipelines overlap it.

    ``receiver``: the client's class (its instances' method is meant) or a module (or its
    dotted name); ``path``: the attributes called on it (``"models.generate_content"``). A
    synchronous method overlaps through ``async_twin`` when given: the path of its async
    twin on the same receiver, or a function of the receiver returning one (both take the
    same arguments and return the same result); without a twin it runs on a thread of its
    own. ``asynchronous=True``: the method itself returns an awaitable (the user awaits it).
    Declare it where your code imports the client, before compiling::

        af.lm_method(genai.Client, "models.generate_content",
                     async_twin=lambda c: c.aio.models.generate_content)
    """
    if not path or not all(part.isidentifier() for part in path.split(".")):
        raise ValueError(f"lm_method: {path!r} is not a dotted attribute path")
    if asynchronous and async_twin is not None:
        raise ValueError("lm_method: an asynchronous method needs no async_twin")
    if isinstance(receiver, types.ModuleType):
        receiver = receiver.__name__
    module = isinstance(receiver, str)
    return register(LMMethod(receiver, path, asynchronous, async_twin, module))


_OPENAI_PATHS = ("chat.completions.create", "chat.completions.parse", "responses.create")
for _path in _OPENAI_PATHS:
    for _cls in ("openai.OpenAI", "openai.AzureOpenAI"):
        register(LMMethod(_cls, _path, asynchronous=False))
    for _cls in ("openai.AsyncOpenAI", "openai.AsyncAzureOpenAI"):
        register(LMMethod(_cls, _path, asynchronous=True))
register(LMMethod("anthropic.Anthropic", "messages.create", asynchronous=False))
register(LMMethod("anthropic.AsyncAnthropic", "messages.create", asynchronous=True))
for _receiver in ("litellm", "litellm.Router"):
    _module = _receiver == "litellm"
    register(LMMethod(_receiver, "completion", False, "acompletion", module=_module))
    register(LMMethod(_receiver, "acompletion", True, module=_module))

# Other public names of the receivers above, as a user's import may spell them.
CLASS_ALIASES: Mapping[str, str] = {
    "openai.Client": "openai.OpenAI",
    "openai.AsyncClient": "openai.AsyncOpenAI",
    "openai.lib.azure.AzureOpenAI": "openai.AzureOpenAI",
    "openai.lib.azure.AsyncAzureOpenAI": "openai.AsyncAzureOpenAI",
    "anthropic.Client": "anthropic.Anthropic",
    "anthropic.AsyncClient": "anthropic.AsyncAnthropic",
    "litellm.router.Router": "litellm.Router",
    "litellm.main.completion": "litellm.completion",
    "litellm.main.acompletion": "litellm.acompletion",
}


def class_name(qualname: str) -> str:
    """The name the registry knows the class ``qualname`` (as an import names it) by."""
    return CLASS_ALIASES.get(qualname, qualname)


def methods_named(path: str) -> list[LMMethod]:
    """The registered methods called by ``path`` on their receiver, latest first."""
    return list(_BY_PATH.get(path, ()))


def static_method(receiver: str, path: str) -> LMMethod | None:
    """The method ``path`` of ``receiver`` (a module's or a class's public dotted name, as
    an import names it), without running anything."""
    receiver = CLASS_ALIASES.get(receiver, receiver)
    for entry in _BY_PATH.get(path, ()):
        if _receiver_name(entry.receiver) == receiver:
            return entry
    return None


def static_function(qualname: str) -> LMMethod | None:
    """The module function ``qualname`` (``litellm.completion``) is, when registered."""
    qualname = CLASS_ALIASES.get(qualname, qualname)
    module, _, name = qualname.rpartition(".")
    return static_method(module, name) if module else None


def is_client_class(qualname: str) -> bool:
    """Is ``qualname`` (as an import names it) a class whose instances have LM methods?"""
    qualname = CLASS_ALIASES.get(qualname, qualname)
    return any(
        _receiver_name(e.receiver) == qualname
        for entries in _BY_PATH.values()
        for e in entries
        if not e.module
    )


def live_class(cls: Any) -> str | None:
    """The registered receiver class ``cls`` (a live class) is, or is a subclass of, by
    the name the registry knows it by; None when it is none."""
    if not isinstance(cls, type):
        return None
    for entries in _BY_PATH.values():
        for e in entries:
            known = e.receiver if isinstance(e.receiver, type) else None
            if known is None and not e.module:
                known = _loaded(str(e.receiver))
            if isinstance(known, type) and issubclass(cls, known):
                return _receiver_name(e.receiver)
    return None


_FUNCTIONS = (types.FunctionType, types.BuiltinFunctionType, types.MethodType)


def lookup(
    head: Any, path: str, read: Callable[[Any, str], Any] = getattr
) -> tuple[LMMethod, Any, str, str] | None:
    """Which registered method ``head.path`` is: (the method, its receiver, its path on the
    receiver, the part of ``path`` that path is: "" when ``head.path`` is a module's function
    imported by its name), walking from ``head``; None when it is none. ``read``: how an
    attribute is read (the compiler's runs no code of the user's: `resolvers.quietly`)."""
    parts = path.split(".") if path else []
    obj = head
    for i in range(len(parts) + 1):
        rest = ".".join(parts[i:])
        for entry in _BY_PATH.get(rest, ()):
            if entry.holds(obj):
                return entry, obj, rest, rest
        if i < len(parts):
            try:
                obj = read(obj, parts[i])
            except Exception:  # a missing attribute, a property that fails: not an LM call
                return None
            if obj is None and read is not getattr:
                return None  # (not read)
    # A module's function imported by its name: `from litellm import completion`. (Only a
    # function's name is read: a callable object's `__getattr__` is the user's code.)
    name = obj.__name__ if issubclass(type(obj), _FUNCTIONS) else None
    if isinstance(name, str) and callable(obj):
        for entry in _BY_PATH.get(name, ()):
            if entry.module:
                module = sys.modules.get(str(entry.receiver))
                if module is not None and getattr(module, name, None) is obj:
                    return entry, module, name, ""
    return None


# ======================================================================================
# BLOCKING CALLS: named in a compile-time warning, with what lets them overlap
# ======================================================================================

# Functions, by resolved name, that block the thread calling them, and what would not.
_ASYNC_HTTP = "an async HTTP client (httpx.AsyncClient, aiohttp)"
BLOCKING_CALLS: Mapping[str, str] = {
    **{
        f"requests.{m}": _ASYNC_HTTP
        for m in "get post put patch delete head options request".split()
    },
    **{
        f"httpx.{m}": "httpx.AsyncClient"
        for m in "get post put patch delete head options request stream".split()
    },
    "urllib.request.urlopen": _ASYNC_HTTP,
    "time.sleep": "asyncio.sleep",
}
# Classes whose instances' methods block (sync clients autoform does not know as LM calls),
# and their async counterparts.
BLOCKING_RECEIVERS: Mapping[str, str] = {
    "requests.Session": _ASYNC_HTTP,
    "httpx.Client": "httpx.AsyncClient",
    "cohere.Client": "cohere.AsyncClient",
    "cohere.ClientV2": "cohere.AsyncClientV2",
    "google.genai.Client": "the client's .aio",
    "mistralai.Mistral": "its *_async methods",
    "groq.Groq": "groq.AsyncGroq",
    "together.Together": "together.AsyncTogether",
}


def live_blocking(obj: Any) -> str | None:
    """The public name of the blocking call ``obj`` is (a function, or a method bound to an
    instance of a class known to block), if it is one; never imports anything."""
    for name in BLOCKING_CALLS:
        if _loaded(name) is obj and obj is not None:
            return name
    # (only a bound method's: an object of the user's may answer a read with its own code)
    bound = issubclass(type(obj), types.MethodType | types.BuiltinMethodType)
    owner = obj.__self__ if bound else None
    if owner is not None and not issubclass(type(owner), types.ModuleType):
        for receiver in BLOCKING_RECEIVERS:
            cls = _loaded(receiver)
            if isinstance(cls, type) and issubclass(type(owner), cls):
                return f"{receiver}.{getattr(obj, '__name__', '?')}"
    return None


def blocking(qualname: str) -> str | None:
    """How to let the call ``qualname`` overlap, if it is known to block the thread: a
    function by its resolved name, or a method by its receiver class's (``cls.method``)."""
    if qualname in BLOCKING_CALLS:
        return (
            f"call {BLOCKING_CALLS[qualname]} from an async function of yours decorated "
            "@af.primitive, or move the call into a plain function decorated @af.primitive "
            "(it then runs on a worker thread)"
        )
    for receiver, instead in BLOCKING_RECEIVERS.items():
        if qualname.startswith(receiver + "."):
            method = qualname.removeprefix(receiver + ".")
            return (
                f"declare it an LM call where you import the client, af.lm_method({receiver}, "
                f'"{method}", async_twin=...) (the twin: {instead}), or wrap it in a function '
                "of yours decorated @af.primitive"
            )
    return None


# ======================================================================================
# RUNTIME: what generated code awaits
# ======================================================================================


def lm_method(head: Any, path: str, /, *args: Any, **kwargs: Any) -> Awaitable[Any]:
    """``head.path(*args, **kwargs)``, written plainly by the user, as an awaitable."""
    return _dispatch(head, path, args, kwargs, False, sys._getframe(1))


def lm_amethod(head: Any, path: str, /, *args: Any, **kwargs: Any) -> Awaitable[Any]:
    """``await head.path(*args, **kwargs)``, which the user awaited, as an awaitable."""
    return _dispatch(head, path, args, kwargs, True, sys._getframe(1))


def _dispatch(
    head: Any, path: str, args: Any, kwargs: Any, awaited: bool, site: Any
) -> Awaitable[Any]:
    # Everything that may raise happens in the coroutine: a failure is taken where the call
    # stood, as the awaitables made beside it (a gather's) are awaited.
    found = lookup(head, path)
    if found is None or found[0].asynchronous != awaited:
        return shown(_as_written(head, path, args, kwargs, awaited))
    entry, receiver, rest, _ = found
    run = _held(entry, receiver, rest)
    if sinks := recording():
        return shown(arecord(sinks, entry.qualname, site, kwargs.get("model"), run, args, kwargs))
    return shown(run(*args, **kwargs))


def _walk(obj: Any, path: str) -> Any:
    for attr in path.split(".") if path else ():
        obj = getattr(obj, attr)
    return obj


async def _as_written(head: Any, path: str, args: Any, kwargs: Any, awaited: bool) -> Any:
    """Not an LM call after all (its receiver's runtime type is no registered client): the
    call as the user wrote it."""
    if awaited:
        return await _walk(head, path)(*args, **kwargs)
    return call_hidden(_call_path, head, path, args, kwargs)


def _call_path(head: Any, path: str, args: Any, kwargs: Any) -> Any:
    return _walk(head, path)(*args, **kwargs)


def _awaitable(
    entry: LMMethod, receiver: Any, path: str, stream: bool
) -> Callable[..., Awaitable[Any]]:
    """How the method ``path`` of ``receiver`` is awaited: as it is (an async client's),
    through its async twin, else on a thread of its own."""
    method = _walk(receiver, path)
    if entry.asynchronous:
        return method
    twin = entry.async_twin
    # A twin only for the genuine method (a mock patched in is what the user calls), and
    # not for a stream: the twin's would be an async iterator, the user iterates.
    if (
        twin is not None
        and isinstance(method, types.FunctionType | types.MethodType)
        and not stream
    ):
        return _walk(receiver, twin) if isinstance(twin, str) else twin(receiver)
    return on_thread(method)


def _held(entry: LMMethod, receiver: Any, path: str) -> Callable[..., Coroutine[Any, Any, Any]]:
    async def run(*args: Any, **kwargs: Any) -> Any:
        model = kwargs.get("model")
        messages = kwargs.get("messages")
        if messages is None:
            given = kwargs.get("input")  # the Responses API
            messages = [given] if isinstance(given, str) else given
        plain = plain_arguments(args, kwargs)
        if not plain:
            # (an object of the user's, which the SDK formats: in the call's turn, before
            # holding a cap an earlier item may need; `turns.come`)
            await come()
        if entry.asynchronous or not hiding_here() or plain:
            call = _awaitable(entry, receiver, path, bool(kwargs.get("stream")))
        else:
            # An object of the user's in the messages of a `def`'s call, which the SDK
            # formats (its `__str__`): the method the user called, as the user called it,
            # in this thread, with the loop hidden (it waits meanwhile, as it would).
            call = _hidden_call(_walk(receiver, path))
        async with hold(model if isinstance(model, str) else "", messages or (), kwargs) as held:
            note_sent()  # a timeline tells waiting for caps from the request
            response = await call(*args, **kwargs)
            used = _usage(response)
            held.charge(used)
        note_response(used)
        return response

    return run


def _hidden_call(method: Callable[..., Any]) -> Callable[..., Awaitable[Any]]:
    async def call(*args: Any, **kwargs: Any) -> Any:
        return call_hidden(method, *args, **kwargs)

    return call


def _usage(response: Any) -> Any:
    """``response``, or what it reports it used in LiteLLM's shape (``usage.prompt_tokens``,
    ``completion_tokens``, ``total_tokens``) when it counts in input and output tokens (the
    Responses API, Anthropic's Messages): what a rate in tokens and a timeline read."""
    usage = getattr(response, "usage", None)
    if usage is None or getattr(usage, "prompt_tokens", None) is not None:
        return response
    given, made = getattr(usage, "input_tokens", None), getattr(usage, "output_tokens", None)
    if not isinstance(given, int) or not isinstance(made, int):
        return response
    total = getattr(usage, "total_tokens", None)
    shape = types.SimpleNamespace(
        prompt_tokens=given,
        completion_tokens=made,
        total_tokens=total if isinstance(total, int) else given + made,
    )
    return types.SimpleNamespace(usage=shape)
