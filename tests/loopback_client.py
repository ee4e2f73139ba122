"""A minimal LM client for tests that run event loops on several threads at once: one HTTP
request per connection to the loopback server, standard library only. (LiteLLM keeps
process-wide state bound to one loop; tests of caps across loops should not depend on it.)"""

from __future__ import annotations

import asyncio
import json
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlsplit


class LoopbackClient:
    """LiteLLM's ``acompletion`` shape, answered by the server at ``base_url``."""

    def __init__(self, base_url: str) -> None:
        url = urlsplit(base_url)
        self.host, self.port = url.hostname or "127.0.0.1", url.port or 80
        self.path = url.path.rstrip("/") + "/chat/completions"

    async def acompletion(self, *, model: str, messages: list, **kwargs: Any) -> Any:
        body = json.dumps({"model": model, "messages": messages}).encode()
        reader, writer = await asyncio.open_connection(self.host, self.port)
        try:
            head = (
                f"POST {self.path} HTTP/1.1\r\nHost: {self.host}\r\n"
                "Content-Type: application/json\r\n"
                f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
            )
            writer.write(head.encode() + body)
            await writer.drain()
            reply = await reader.read()
        finally:
            writer.close()
        status = int(reply.split(b" ", 2)[1])
        payload = json.loads(reply.partition(b"\r\n\r\n")[2])
        if status != 200:
            raise RuntimeError(f"the server answered {status}: {payload}")
        text = payload["choices"][0]["message"]["content"]
        return SimpleNamespace(
            choices=[SimpleNamespace(message=SimpleNamespace(content=text))],
            usage=SimpleNamespace(**payload["usage"]),
        )
