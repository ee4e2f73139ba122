"""The corpus's LM client and simulated model: standard library only, so a run imports no
LiteLLM and the client's own CPU per call (microseconds) cannot blur the rounds the server
sees."""

from __future__ import annotations

import asyncio
import hashlib
import http.client
import json
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlsplit


def tag(text: str) -> str:
    """Six hex digits that change with ``text``: replies a pipeline parses still depend on
    their prompt, so a call made with the wrong input shows in the result."""
    return hashlib.sha256(text.encode()).hexdigest()[:6]


def _response(payload: dict[str, Any]) -> Any:
    text = payload["choices"][0]["message"]["content"]
    return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content=text))])


class LoopbackClient:
    """LiteLLM's ``completion``/``acompletion`` shape, one request per connection to the
    loopback server at ``base_url`` (``af.lm_client`` installs it)."""

    def __init__(self, base_url: str) -> None:
        url = urlsplit(base_url)
        self.host, self.port = url.hostname or "127.0.0.1", url.port or 80
        self.path = url.path.rstrip("/") + "/chat/completions"

    def completion(self, *, model: str, messages: list, **kwargs: Any) -> Any:
        body = json.dumps({"model": model, "messages": messages})
        conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
        try:
            conn.request("POST", self.path, body, {"Content-Type": "application/json"})
            reply = conn.getresponse()
            payload = json.loads(reply.read())
        finally:
            conn.close()
        if reply.status != 200:
            raise RuntimeError(f"the server answered {reply.status}: {payload}")
        return _response(payload)

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
        return _response(payload)
