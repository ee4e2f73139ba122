"""A minimal OpenAI-style client for the benchmarks, to tell autoform's schedule from the
LM client's own cost: LiteLLM spends milliseconds of CPU per call, and on a chain of calls
that time adds to the wall time as surely as the server's latency does."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from types import SimpleNamespace
from typing import Any

import autoform as af


def response(text: str) -> Any:
    """A chat completion as LiteLLM shapes it, as far as autoform reads one."""
    return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content=text))])


class AiohttpClient:
    """A minimal OpenAI-style client on aiohttp (LiteLLM's own transport), one session."""

    def __init__(self, base_url: str) -> None:
        import aiohttp

        self.url = base_url + "/chat/completions"
        self.session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0))

    async def acompletion(self, *, model: str, messages: list, **kwargs: Any) -> Any:
        payload = {"model": model, "messages": messages}
        async with self.session.post(self.url, json=payload) as reply:
            reply.raise_for_status()
            body = await reply.json()
        return response(body["choices"][0]["message"]["content"])

    async def close(self) -> None:
        await self.session.close()


@contextlib.asynccontextmanager
async def through(base_url: str | None) -> AsyncIterator[None]:
    """LM calls in the block go through an `AiohttpClient` to ``base_url``; through
    LiteLLM (autoform's default) when it is None."""
    if base_url is None:
        yield
        return
    client = AiohttpClient(base_url)
    try:
        with af.lm_client(client):
            yield
    finally:
        await client.close()
