"""HTTP/1.1 on an asyncio stream, as much as the test server needs: read one request (with
``Content-Length`` or chunked body, keep-alive, pipelining), write a JSON response, and sleep
unless the client hangs up. Knows nothing of OpenAI."""

from __future__ import annotations

import asyncio
import http
import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

__all__ = [
    "BadRequest",
    "Disconnected",
    "Request",
    "read_request",
    "wait_unless_closed",
    "write_events",
    "write_json",
]

# Generous limits: these only guard against runaway input, not against a hostile client.
STREAM_LIMIT = 1 << 20
_MAX_HEADERS = 200


class BadRequest(Exception):
    """A request the server answers with 400 (and, for framing errors, a closed connection)."""


class Disconnected(Exception):
    """The client closed the connection in the middle of a request."""


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    keep_alive: bool


async def read_request(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, carry: bytes
) -> Request | None:
    """The next request on the connection (``None`` when the client closed it between
    requests); ``carry`` is a byte of it read already."""
    line = carry if carry.endswith(b"\n") else carry + await _readline(reader)
    while line in (b"\r\n", b"\n"):  # tolerate stray CRLFs between requests (RFC 9112)
        line = await _readline(reader)
    if not line:
        return None
    parts = line.decode("latin-1").split()
    if len(parts) != 3 or not parts[2].startswith("HTTP/"):
        raise BadRequest("malformed request line")
    method, target, version = parts

    headers: dict[str, str] = {}
    for _ in range(_MAX_HEADERS):
        raw = await _readline(reader)
        if not raw:
            raise Disconnected
        if raw in (b"\r\n", b"\n"):
            break
        name, sep, value = raw.decode("latin-1").partition(":")
        if not sep:
            raise BadRequest("malformed header line")
        headers[name.strip().lower()] = value.strip()
    else:
        raise BadRequest("too many headers")

    if headers.get("expect", "").lower() == "100-continue":
        writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = await _read_chunked(reader)
    elif "content-length" in headers:
        try:
            length = int(headers["content-length"])
        except ValueError:
            raise BadRequest("invalid Content-Length") from None
        if length < 0:
            raise BadRequest("invalid Content-Length")
        body = await reader.readexactly(length)
    else:
        body = b""

    connection = {t.strip() for t in headers.get("connection", "").lower().split(",")}
    keep_alive = "keep-alive" in connection if version == "HTTP/1.0" else "close" not in connection
    # Absolute-form targets come from clients configured with a proxy.
    path = urlsplit(target).path if "://" in target else target.split("?", 1)[0]
    return Request(method.upper(), path, headers, body, keep_alive)


async def _readline(reader: asyncio.StreamReader) -> bytes:
    try:
        return await reader.readline()
    except ValueError:  # asyncio's LimitOverrunError surfaces from readline() as ValueError
        raise BadRequest("request line or header too long") from None


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    chunks: list[bytes] = []
    while True:
        size_line = await _readline(reader)
        if not size_line:
            raise Disconnected
        try:
            size = int(size_line.split(b";", 1)[0].strip(), 16)
        except ValueError:
            raise BadRequest("invalid chunk size") from None
        if size == 0:
            break
        chunks.append(await reader.readexactly(size))
        await reader.readexactly(2)  # the CRLF after each chunk
    while True:  # trailers, ignored
        trailer = await _readline(reader)
        if trailer in (b"\r\n", b"\n", b""):
            break
    return b"".join(chunks)


async def wait_unless_closed(latency: float, reader: asyncio.StreamReader) -> tuple[bool, bytes]:
    """Sleep ``latency`` seconds unless the client hangs up first.

    Returns ``(closed, carry)``: ``carry`` is a byte of a pipelined next request that had to be
    read to notice the hang-up, and must be handed back to the request parser.
    """
    if latency <= 0:
        return False, b""
    sleeper = asyncio.ensure_future(asyncio.sleep(latency))
    watcher = asyncio.ensure_future(reader.read(1))
    try:
        await asyncio.wait({sleeper, watcher}, return_when=asyncio.FIRST_COMPLETED)
        if not watcher.done():
            watcher.cancel()
            # Must finish before anyone reads from the stream again.
            await asyncio.wait({watcher})
        if watcher.cancelled():
            return False, b""
        if watcher.exception() is not None:
            return True, b""
        carry = watcher.result()
        if not carry:
            return True, b""
        # A pipelining client: no more hang-up detection, just wait out the latency.
        await sleeper
        return False, carry
    finally:
        sleeper.cancel()
        watcher.cancel()


def write_json(
    writer: asyncio.StreamWriter, status: int, payload: dict[str, Any], *, keep_alive: bool
) -> None:
    """Write a complete JSON response (the caller drains)."""
    _write(writer, status, "application/json", json.dumps(payload).encode(), keep_alive)


def write_events(
    writer: asyncio.StreamWriter, events: list[dict[str, Any]], *, keep_alive: bool
) -> None:
    """Write server-sent events, one ``data:`` line per JSON event then ``data: [DONE]``, as
    one response (the caller drains): what a streaming client reads, all at once."""
    lines = [f"data: {json.dumps(event)}\n\n" for event in events] + ["data: [DONE]\n\n"]
    _write(writer, 200, "text/event-stream", "".join(lines).encode(), keep_alive)


def _write(
    writer: asyncio.StreamWriter, status: int, kind: str, body: bytes, keep_alive: bool
) -> None:
    try:
        phrase = http.HTTPStatus(status).phrase
    except ValueError:
        phrase = "Unknown"
    head = (
        f"HTTP/1.1 {status} {phrase}\r\n"
        f"Content-Type: {kind}\r\n"
        f"Content-Length: {len(body)}\r\n"
        f"Connection: {'keep-alive' if keep_alive else 'close'}\r\n"
        "\r\n"
    )
    writer.write(head.encode("latin-1") + body)
