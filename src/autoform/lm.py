"""The LiteLLM adapter: loaded on a thread of its own from the first compile (`preload`), or
at the first call, never by ``import autoform``.

``complete``/``acomplete`` (``af.lm_call``) send chat messages through the active client
(LiteLLM itself, or the client set with ``lm_client``) and return the reply's text, or the
validated instance of the pydantic model given as ``response_format``; ``respond``/
``arespond`` (``af.lm_response``) return the client's whole response. ``stream=True`` is
consumed into the result (LiteLLM's ``stream_chunk_builder``), the caps held meanwhile.

The simulated model (``model="autoform-sim/<name>"``) is a LiteLLM custom provider: calls to
it travel LiteLLM's own path, wait a realistic, deterministic latency (or ``latency=``
seconds when the call passes it) and answer with a reply derived from the prompt, so
pipelines run offline and their overlap shows. It is only ever used when asked for by that
name.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import json
import os
import sys
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import Any

from .contexts import own
from .hiding import call_hidden, hiding_here, plain_arguments
from .limits import hold
from .recorder import note_response, note_sent
from .store import replies, request_key
from .turns import come

__all__ = [
    "SIM_PROVIDER",
    "acomplete",
    "arespond",
    "complete",
    "lm_client",
    "respond",
    "settle",
    "sim_latency",
    "sim_reply",
]

SIM_PROVIDER = "autoform-sim"
_client: ContextVar[Any] = own(ContextVar("autoform_lm_client", default=None))
_litellm_module: Any = None


@contextlib.contextmanager
def lm_client(client: Any) -> Iterator[Any]:
    """Route the LM calls made inside the block through ``client``.

    ``client`` is anything with LiteLLM's ``completion``/``acompletion`` methods, such as a
    ``litellm.Router`` (which brings its own rate limits, retries and fallbacks)::

        with af.lm_client(litellm.Router(model_list=[...])):
            answer = await pipeline.acall(question)
    """
    _check_installer(sys._getframe(2))
    token = _client.set(client)
    try:
        yield client
    finally:
        _client.reset(token)


def _check_installer(site: Any) -> None:
    """Refuse a client installed, while a compiled function runs, for longer than a `with`
    block by code the compiler could not see do it: the concurrent version may have started
    the calls after it already, through the client before. (A step the compiler saw install
    one runs through `generated.installing_client`.)"""
    from . import generated

    if site is None or generated.client_expected() or _with_statement(site):
        return  # (a `with` block's client is gone when the code around it goes on)
    caller = generated.caller(site)
    if caller is None:
        return
    from .errors import CompileError

    entered = site  # the user's line that entered it (not contextlib's, for an ExitStack)
    while entered.f_back is not None and entered.f_code.co_filename == contextlib.__file__:
        entered = entered.f_back
    at = f"{entered.f_code.co_filename}:{entered.f_lineno}"
    raise CompileError(
        f"af.lm_client(...) was entered (at {at}) by code autoform cannot see install a "
        "client, while the compiled function ran this line: the "
        "concurrent version may have started the LM calls after it already, through the "
        "client before.",
        filename=caller.f_code.co_filename,
        line=caller.f_lineno,
        construct="an LM client installed out of sight",
        hint="Install the client with a `with af.lm_client(...)` block, or in the function "
        "itself (`stack.enter_context(af.lm_client(c))`), or before calling it.",
    )


def _with_statement(frame: Any) -> bool:
    """Is ``frame`` entering a context manager by a `with` statement (not `enter_context`),
    one that ends before its code goes on (not in a generator: a `@contextmanager`'s block
    lasts as long as the block it is entered for)?"""
    import dis
    import inspect

    code = frame.f_code
    if code.co_flags & (inspect.CO_GENERATOR | inspect.CO_ASYNC_GENERATOR):
        return False
    return code.co_code[frame.f_lasti] == dis.opmap.get("BEFORE_WITH", -1)


# ======================================================================================
# LOADING: LiteLLM takes seconds to import and more to set up at its first call, so it
# starts loading on a thread of its own as soon as a pipeline is compiled (`preload`); a
# run that needs it first waits for that load, never loading it twice.
# ======================================================================================

_load_lock = threading.Lock()
_loader: threading.Thread | None = None


def preload() -> None:
    """Start loading LiteLLM (and its first-call set-up) in the background, once."""
    global _loader
    if _litellm_module is not None or _loader is not None:
        return
    with _load_lock:
        if _litellm_module is None and _loader is None:
            _loader = threading.Thread(target=_load, name="autoform-litellm-load", daemon=True)
            # A child forked mid-import would inherit the import locks held by a thread it
            # does not have, and hang at its next import: a fork waits for the load. The
            # module that registers a fork handler LiteLLM's import would otherwise add
            # while the handlers run (`release unlocked lock`) is imported first.
            import concurrent.futures.thread  # noqa: F401

            # The OpenAI and Anthropic SDKs look httpx up in `sys.modules` without importing
            # it: were LiteLLM's load to import it, a user's SDK call meanwhile would find it
            # half made. When the user's code has an SDK, httpx loads here first.
            if "openai" in sys.modules or "anthropic" in sys.modules:
                import httpx  # noqa: F401

            os.register_at_fork(before=ready)
            # A process that ends mid-import would kill the thread inside the import machinery
            # (the interpreter aborts: "FATAL: exception not rethrown"): exiting waits for it.
            atexit.register(ready)
            _loader.start()


def ready() -> None:
    """Wait for the background load `preload` started, if any (it cannot fail: a load that
    went wrong is retried, and its error raised, by the first call)."""
    loader = _loader
    if loader is not None and loader is not threading.current_thread():
        loader.join()


def _load() -> None:
    try:
        litellm = _litellm()
    except Exception:  # the first call imports it again and raises this for the user
        return
    _warm(litellm)


def _litellm() -> Any:
    global _litellm_module
    if _litellm_module is None:
        ready()
        with _load_lock:
            if _litellm_module is None:
                # LiteLLM fetches a price list over the network at import unless told not
                # to; the copy it ships is enough here and keeps the first call fast and
                # offline-safe.
                os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
                # pydantic warns about LiteLLM's own types while they load: noise the user
                # cannot act on, which would show in a run that only compiled a pipeline.
                warnings.filterwarnings(
                    "ignore",
                    message="Items? .* (are|is) using the `ReadOnly` qualifier",
                    category=UserWarning,
                )
                import litellm

                _register_simulated_model(litellm)
                _quiet_banners()
                _litellm_module = litellm
    return _litellm_module


def _warm(litellm: Any) -> None:
    """What LiteLLM and the clients under it set up at their first call, done ahead: a
    mocked call (no request, no logging callbacks), the HTTP modules imported on first
    use, the response models pydantic builds lazily."""
    import logging

    try:
        litellm.completion(
            model="openai/autoform-warm-up",
            messages=[{"role": "user", "content": "warm up"}],
            mock_response="ready",
            **{"no-log": True},
        )
        import httpcore  # noqa: F401
        from openai.types.chat import ChatCompletion

        ChatCompletion.model_rebuild()
    except Exception as exc:  # only ever a head start: the first call does what is left
        logging.getLogger("autoform.litellm").debug("warming LiteLLM up failed: %r", exc)


# LiteLLM prints a "Give Feedback / Get Help" banner to stdout for every failed request (and
# a provider list for an unknown model): a concurrent run whose cancelled or failed calls
# beside a failure each print one would say more than the sequential run. Its only switch,
# `litellm.suppress_debug_info`, is process-wide; these modules print nothing else, so their
# `print` is shadowed by one that logs instead while autoform's calls are being made.
_BANNER_MODULES = (
    "litellm.litellm_core_utils.exception_mapping_utils",
    "litellm.litellm_core_utils.get_llm_provider_logic",
)
_ours: ContextVar[bool] = own(ContextVar("autoform_lm_call", default=False))


def _quiet_banners() -> None:
    import builtins
    import importlib
    import logging
    import re

    log = logging.getLogger("autoform.litellm")
    colour = re.compile(r"\x1b\[[0-9;]*m")

    def quiet_print(*args: Any, **kwargs: Any) -> None:
        if not _ours.get():
            return builtins.print(*args, **kwargs)
        text = colour.sub("", " ".join(str(a) for a in args)).strip()
        if text:
            log.debug("LiteLLM: %s", text)
        return None

    for name in _BANNER_MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError:  # moved in another LiteLLM: its banner shows, nothing breaks
            continue
        module.print = quiet_print  # type: ignore[attr-defined]


def _active_client() -> Any:
    client = _client.get()
    return client if client is not None else _litellm()


def _text(response: Any) -> str:
    try:
        content = response.choices[0].message.content
    except (AttributeError, IndexError, KeyError, TypeError):
        raise TypeError(f"the LM client returned no chat message: {response!r}") from None
    return content if content is not None else ""


def _same(text: str) -> str:
    return text


def _text_shape(kwargs: dict[str, Any]) -> Callable[[str], Any]:
    """What `complete` makes of the reply's text: the text itself, or the instance of the
    pydantic model given as ``response_format``. A request whose reply is more than one
    text (``n > 1``) or may be no text at all (``tools=``) is refused before it is sent,
    pointing to ``af.lm_response``: returning one text of it would drop the rest."""
    if (kwargs.get("tools") or kwargs.get("functions")) and kwargs.get("tool_choice") != "none":
        raise TypeError(
            "af.lm_call returns the reply's text, and a request with tools= may be answered "
            "with tool calls instead: call af.lm_response(...) (same arguments) for LiteLLM's "
            "whole response, whose .choices[0].message.tool_calls holds them"
        )
    n = kwargs.get("n")
    if n is not None and n != 1:
        raise TypeError(
            f"af.lm_call returns one reply's text, and n={n!r} asks for {n}: call "
            "af.lm_response(...) (same arguments) for LiteLLM's whole response, "
            "[c.message.content for c in response.choices] for the texts"
        )
    fmt = kwargs.get("response_format")
    if isinstance(fmt, type):
        validate = getattr(fmt, "model_validate_json", None)
        if callable(validate):  # a pydantic model: LiteLLM asks each provider for its schema
            return validate
    return _same


def _stored(
    model: str, messages: list[dict[str, Any]], kwargs: Any, *, whole: bool = False
) -> tuple[Any, Any, Any]:
    """(the reply store in force, the request's key, its stored reply): inside
    ``af.map(cache_dir=...)`` a reply may be stored; else (None, None, None). ``whole``:
    the reply is the whole response (`respond`), not its text, and is stored apart."""
    store = replies.get()
    if store is None:
        return None, None, None
    key = request_key(_client.get(), model, messages, kwargs, whole=whole)
    stored = store.reply(key) if key is not None else None
    return store, key, stored


def _keep(store: Any, key: Any, reply: Any) -> None:
    if store is not None and key is not None:
        store.put_reply(key, reply)


def _send(model: str, messages: list[dict[str, Any]], kwargs: dict[str, Any]) -> Any:
    client = _active_client()
    ours = _ours.set(True)
    try:
        response = _blocking(client.completion, model, messages, kwargs)
    finally:
        _ours.reset(ours)
    note_response(response)  # tokens and cost, for a timeline recording the call
    return response


async def _asend(model: str, messages: list[dict[str, Any]], kwargs: dict[str, Any]) -> Any:
    client = _active_client()
    plain = plain_arguments((model, messages), kwargs)
    if not plain:
        # An object of the user's in the call (its messages, its model, another argument),
        # which the client formats (its `__str__`): in the call's turn, ahead of which a
        # task started early runs (and before holding a cap an earlier call may need).
        await come()
    ours = _ours.set(True)
    try:
        # The caps and rates in force (af.limits, max_concurrency=) for the call, held until
        # a streamed reply has all arrived.
        async with hold(model, messages, kwargs) as held:
            note_sent()  # a timeline recording the call tells waiting for caps from the request
            blocking = None if plain else _formats_users_code(client)
            if blocking is not None:
                # An object of the user's in the messages of a `def`'s call, which the client
                # formats (its `__str__`): as the sequential run's synchronous client does,
                # in this thread, with the loop hidden (it waits meanwhile, as it would).
                response = call_hidden(_blocking, blocking, model, messages, kwargs)
            else:
                response = await client.acompletion(model=model, messages=messages, **kwargs)
                if kwargs.get("stream"):
                    response = _built([chunk async for chunk in response], messages)
            held.charge(response)  # the tokens it used, for a rate in tokens
    finally:
        _ours.reset(ours)
    note_response(response)
    return response


def _formats_users_code(client: Any) -> Callable[..., Any] | None:
    """The client's synchronous method, for a call whose messages are not plain data made
    for a `def` (its code runs with the loop hidden); else None."""
    if not hiding_here():
        return None
    return getattr(client, "completion", None)


def _blocking(
    completion: Callable[..., Any], model: str, messages: list[Any], kwargs: dict[str, Any]
) -> Any:
    """The synchronous client's call, a stream consumed into the whole response."""
    response = completion(model=model, messages=messages, **kwargs)
    return _built(list(response), messages) if kwargs.get("stream") else response


def _built(chunks: list[Any], messages: list[dict[str, Any]]) -> Any:
    """A streamed reply's chunks made the response a call without ``stream`` returns."""
    response = _litellm().stream_chunk_builder(chunks, messages=messages)
    if response is None:
        raise TypeError("the LM client's stream ended without a single chunk")
    return response


def complete(messages: list[dict[str, Any]], *, model: str, **kwargs: Any) -> Any:
    """The reply's text (`_text_shape`: or a pydantic instance)."""
    shape = _text_shape(kwargs)
    store, key, stored = _stored(model, messages, kwargs)
    if stored is not None:
        return shape(str(stored))
    text = _text(_send(model, messages, kwargs))
    _keep(store, key, text)
    return shape(text)


async def acomplete(messages: list[dict[str, Any]], *, model: str, **kwargs: Any) -> Any:
    shape = _text_shape(kwargs)
    store, key, stored = _stored(model, messages, kwargs)
    if stored is not None:
        return _shaped(shape, str(stored))
    text = _text(await _asend(model, messages, kwargs))
    _keep(store, key, text)
    return _shaped(shape, text)


def _shaped(shape: Callable[[str], Any], text: str) -> Any:
    # (a model's own `model_validate_json` is the user's code: called with the loop hidden)
    return text if shape is _same else call_hidden(shape, text)


def respond(messages: list[dict[str, Any]], *, model: str, **kwargs: Any) -> Any:
    """The client's whole response (LiteLLM's ``ModelResponse``)."""
    store, key, stored = _stored(model, messages, kwargs, whole=True)
    if stored is not None:
        return stored
    response = _send(model, messages, kwargs)
    _keep(store, key, response)
    return response


async def arespond(messages: list[dict[str, Any]], *, model: str, **kwargs: Any) -> Any:
    store, key, stored = _stored(model, messages, kwargs, whole=True)
    if stored is not None:
        return stored
    response = await _asend(model, messages, kwargs)
    _keep(store, key, response)
    return response


async def settle(timeout: float = 5.0) -> None:
    """Let LiteLLM finish the success callbacks of the calls made on the running event loop,
    then stop its logging worker there; a no-op when LiteLLM was never called, or when its
    worker runs on another thread's loop.

    LiteLLM runs those callbacks on one process-wide worker task bound to the loop that
    called it last. When another loop calls, the worker moves and abandons its task on the
    old loop; if that loop stays open and is used again (as the loop `.call()` keeps is), the
    abandoned task is garbage-collected while pending and Python prints "Task was destroyed
    but it is pending!". Draining, flushing and stopping is the sequence LiteLLM's own proxy
    uses at shutdown; the worker restarts at the next call. Not while another thread's loop
    runs the worker: flushing would pull it over from under that loop, which fails with
    "attached to a different loop". (The caller makes sure no other run on this loop is
    still calling LiteLLM: see `runner`.)
    """
    if _litellm_module is None:
        return
    try:
        from litellm.litellm_core_utils.logging_worker import GLOBAL_LOGGING_WORKER as worker
        from litellm.responses.streaming_iterator import drain_logging_tasks
    except ImportError:  # a LiteLLM without the worker: nothing to stop
        return
    import asyncio

    if not _bound_here(worker, asyncio.get_running_loop()):
        return

    async def drain() -> None:
        await drain_logging_tasks(timeout)
        await worker.flush()

    try:
        await asyncio.wait_for(drain(), timeout)
    except TimeoutError:
        pass  # a callback that hangs is LiteLLM's to time out; stopping still cleans up
    finally:
        await worker.stop(timeout=timeout)


def _bound_here(worker: Any, loop: Any) -> bool:
    """Whether LiteLLM's logging worker may be settled from ``loop``: it lives there, or
    nowhere yet, or on a loop that is not running (closed, or between runs), from which it
    can be pulled over; not while another thread's loop runs it."""
    bound = getattr(worker, "_bound_loop", None)
    if bound is None:
        task = getattr(worker, "_worker_task", None)
        bound = task.get_loop() if task is not None else None
    return bound is None or bound is loop or bound.is_closed() or not bound.is_running()


# ======================================================================================
# SIMULATED MODEL
# ======================================================================================


def _digest(model: str, messages: list[dict[str, Any]]) -> bytes:
    text = model + "\x00" + "\x00".join(str(m.get("content", "")) for m in messages)
    return hashlib.sha256(text.encode()).digest()


def sim_reply(model: str, messages: list[dict[str, Any]]) -> str:
    """The simulated model's reply: the same for the same model and messages."""
    last = str(messages[-1].get("content", "")) if messages else ""
    gist = " ".join(last.split())[:60]
    return f"[{model} {_digest(model, messages).hex()[:6]}] re: {gist}"


def sim_latency(model: str, messages: list[dict[str, Any]]) -> float:
    """Seconds the simulated model takes: ``AUTOFORM_SIM_LATENCY`` (default 0.5) within ±30%,
    spread deterministically by the prompt, as real latencies vary from call to call."""
    base = float(os.environ.get("AUTOFORM_SIM_LATENCY", "0.5"))
    spread = _digest(model, messages)[0] / 255  # 0..1
    return base * (0.7 + 0.6 * spread)


def sim_message(
    model: str, messages: list[dict[str, Any]], params: dict[str, Any], index: int = 0
) -> tuple[dict[str, Any], str]:
    """The simulated model's message for choice ``index``, and its finish reason: a call of
    the first (or the named) tool when ``tools`` are offered, until the conversation holds a
    tool's result (never for ``tool_choice="none"``); else the reply (`sim_reply`, marked
    ``#2``... after the first choice), as JSON valid for a ``response_format`` schema."""
    text = sim_reply(model, messages)
    text = text if index == 0 else f"{text} #{index + 1}"
    tool = _sim_tool(messages, params)
    if tool is not None:
        name, schema = tool
        from .testing.schema import instance

        arguments = json.dumps(instance(schema, text))
        function = {"name": name, "arguments": arguments}
        call = {"id": f"call_sim_{index}", "type": "function", "function": function}
        return {"role": "assistant", "content": None, "tool_calls": [call]}, "tool_calls"
    fmt = params.get("response_format")
    if isinstance(fmt, dict) and fmt.get("type") in ("json_schema", "json_object"):
        from .testing.schema import instance

        inner = fmt.get("json_schema") or {}
        schema = inner.get("schema") or {"type": "object", "properties": {"reply": {}}}
        text = json.dumps(instance(schema, text))
    return {"role": "assistant", "content": text}, "stop"


def _sim_tool(
    messages: list[dict[str, Any]], params: dict[str, Any]
) -> tuple[str, dict[str, Any]] | None:
    tools: dict[str, dict[str, Any]] = {
        t["function"]["name"]: t["function"].get("parameters") or {}
        for t in params.get("tools") or ()
        if isinstance(t, dict) and isinstance(t.get("function"), dict)
    }
    choice = params.get("tool_choice", "auto")
    if not tools or choice == "none":
        return None
    if isinstance(choice, dict):
        named = (choice.get("function") or {}).get("name")
        if named in tools:
            return named, tools[named]
    answered = any(m.get("role") == "tool" for m in messages if isinstance(m, dict))
    if choice == "required" or not answered:
        first = next(iter(tools))
        return first, tools[first]
    return None


def _register_simulated_model(litellm: Any) -> None:
    if any(p.get("provider") == SIM_PROVIDER for p in litellm.custom_provider_map):
        return

    class SimulatedLLM(litellm.CustomLLM):  # type: ignore[misc, name-defined]
        def _response(self, model: str, messages: list[dict[str, Any]], kwargs: Any) -> Any:
            name = f"{SIM_PROVIDER}/{model.split('/', 1)[-1]}"
            params = kwargs.get("optional_params") or {}
            choices, said = [], 0
            for index in range(int(params.get("n") or 1)):
                message, finish = sim_message(name, messages, params, index)
                said += len(str(message.get("content") or message.get("tool_calls")).split())
                choices.append({"index": index, "finish_reason": finish, "message": message})
            words = sum(len(str(m.get("content", "")).split()) for m in messages)
            return litellm.ModelResponse(
                model=name,
                choices=choices,
                usage={
                    "prompt_tokens": words,
                    "completion_tokens": said,
                    "total_tokens": words + said,
                },
            )

        def completion(self, model: str, messages: list, *args: Any, **kwargs: Any) -> Any:
            time.sleep(_latency(model, messages, kwargs))
            return self._response(model, messages, kwargs)

        async def acompletion(self, model: str, messages: list, *args: Any, **kwargs: Any) -> Any:
            import asyncio

            await asyncio.sleep(_latency(model, messages, kwargs))
            return self._response(model, messages, kwargs)

        # A stream is the whole reply in one chunk, after the same latency.
        def streaming(self, model: str, messages: list, *args: Any, **kwargs: Any) -> Any:
            time.sleep(_latency(model, messages, kwargs))
            yield _chunk(self._response(model, messages, kwargs))

        async def astreaming(self, model: str, messages: list, *args: Any, **kwargs: Any) -> Any:
            import asyncio

            await asyncio.sleep(_latency(model, messages, kwargs))
            yield _chunk(self._response(model, messages, kwargs))

    litellm.custom_provider_map = [
        *litellm.custom_provider_map,
        {"provider": SIM_PROVIDER, "custom_handler": SimulatedLLM()},
    ]


def _chunk(response: Any) -> dict[str, Any]:
    """The first choice of ``response`` as one LiteLLM ``GenericStreamingChunk``."""
    choice = response.choices[0]
    calls = choice.message.tool_calls
    tool_use = None
    if calls:
        call = calls[0]
        function = {"name": call.function.name, "arguments": call.function.arguments}
        tool_use = {"id": call.id, "type": "function", "function": function, "index": 0}
    usage = response.usage
    return {
        "text": choice.message.content or "",
        "tool_use": tool_use,
        "is_finished": True,
        "finish_reason": choice.finish_reason,
        "usage": {
            "prompt_tokens": usage.prompt_tokens,
            "completion_tokens": usage.completion_tokens,
            "total_tokens": usage.total_tokens,
        },
        "index": 0,
    }


def _latency(model: str, messages: list[dict[str, Any]], kwargs: dict[str, Any]) -> float:
    # `latency=` passed to lm_call reaches the provider among LiteLLM's optional params.
    forced = (kwargs.get("optional_params") or {}).get("latency")
    return float(forced) if forced is not None else sim_latency(_full(model), messages)


def _full(model: str) -> str:
    return model if model.startswith(SIM_PROVIDER + "/") else f"{SIM_PROVIDER}/{model}"
