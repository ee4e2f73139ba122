"""A loopback OpenAI-compatible server for offline tests and benchmarks.

``FakeOpenAIServer`` answers on 127.0.0.1, after a configurable latency and with a deterministic
reply, OpenAI's ``POST /v1/chat/completions`` (``n`` choices, tool calls, structured output for
a ``response_format`` schema, ``stream=True`` as server-sent events) and ``POST /v1/responses``,
and Anthropic's ``POST /v1/messages`` (point the ``anthropic`` client at
``srv.anthropic_base_url``). It records every request (arrival/finish time, how many requests
of any API were in flight, whether the client gave up).  That makes it possible to check that a
pipeline really issues independent LM calls concurrently, through the real client stack
(LiteLLM, the ``openai`` SDK, httpx), without network access or API keys::

    import litellm
    from autoform.testing import FakeOpenAIServer

    with FakeOpenAIServer(latency=0.2) as srv:
        litellm.completion(
            model="openai/gpt-4o-mini",
            messages=[{"role": "user", "content": "hello"}],
            api_base=srv.base_url,
            api_key="sk-test",
        )
        assert srv.peak_in_flight == 1

Behaviour can be chosen per request, in decreasing order of precedence:

1. directives inside the last message's content: ``[[latency=0.35]]``, ``[[status=500]]``,
   ``[[reply=some text]]`` (the reply runs up to the first ``]]``; the first occurrence of each
   directive wins), ``[[tool=name]]`` (call that tool of the request's);
2. the ``behavior`` callable, called with the parsed request JSON; it returns a complete
   :class:`Behavior` or ``None`` for "use the server defaults";
3. the server defaults (``latency`` and :func:`default_reply`).

A request offering ``tools`` gets a tool call when ``tool_choice`` names one or says
``"required"`` (Anthropic: ``{"type": "tool", ...}``, ``{"type": "any"}``), and, left to the
model, until the conversation holds a tool's result; its arguments are a value of the tool's
schema. A ``response_format`` JSON schema gets JSON valid for it (`schema.instance`).

Only the standard library is used, so importing this package never pulls in LiteLLM or httpx.
Its modules: `server` (the thread, the loop, the records), `replies` (what is answered, in
OpenAI's and Anthropic's shapes), `schema` (a value for a JSON schema) and `wire` (HTTP/1.1 on
an asyncio stream).
"""

from .replies import Behavior, default_reply
from .server import FakeOpenAIServer, RequestRecord

__all__ = ["Behavior", "FakeOpenAIServer", "RequestRecord", "default_reply"]
