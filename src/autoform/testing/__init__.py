"""A loopback OpenAI-compatible chat-completions server for offline tests and benchmarks.

``FakeOpenAIServer`` answers ``POST /v1/chat/completions`` on 127.0.0.1 with a deterministic
reply after a configurable latency, and records every request (arrival/finish time, how many
requests were in flight, whether the client gave up).  That makes it possible to check that a
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
   directive wins);
2. the ``behavior`` callable, called with the parsed request JSON; it returns a complete
   :class:`Behavior` or ``None`` for "use the server defaults";
3. the server defaults (``latency`` and :func:`default_reply`).

Only the standard library is used, so importing this package never pulls in LiteLLM or httpx.
Its modules: `server` (the thread, the loop, the records), `replies` (what is answered, in
OpenAI's shapes) and `wire` (HTTP/1.1 on an asyncio stream).
"""

from .replies import Behavior, default_reply
from .server import FakeOpenAIServer, RequestRecord

__all__ = ["Behavior", "FakeOpenAIServer", "RequestRecord", "default_reply"]
