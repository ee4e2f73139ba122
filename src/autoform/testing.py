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

Only the standard library is used, so importing this module never pulls in LiteLLM or httpx.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import hashlib
import http
import itertools
import json
import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

__all__ = ["Behavior", "FakeOpenAIServer", "RequestRecord", "default_reply"]

_log = logging.getLogger(__name__)

_CHAT_PATHS = frozenset({"/v1/chat/completions", "/chat/completions"})
_MODELS_PATHS = frozenset({"/v1/models", "/models"})
_MODEL_ID = "fake-model"

# Non-greedy and DOTALL so that ``[[reply=...]]`` stops at the first ``]]`` even across lines.
_DIRECTIVE_RE = re.compile(r"\[\[(latency|status|reply)=(.*?)\]\]", re.DOTALL)

# Generous limits: these only guard against runaway input, not against a hostile client.
_STREAM_LIMIT = 1 << 20
_MAX_HEADERS = 200
_START_TIMEOUT = 10.0
_STOP_TIMEOUT = 5.0


@dataclass
class Behavior:
    """How the server answers one request."""

    latency: float = 0.0
    status: int = 200
    reply: str | None = None


@dataclass
class RequestRecord:
    """One chat-completion request as seen by the server (times are ``time.perf_counter()``)."""

    id: int
    model: str
    messages: list[Any]
    prompt: str
    start: float
    end: float | None = None
    status: int | None = None
    cancelled: bool = False
    in_flight_at_start: int = 0


def _content_text(message: Any) -> str:
    """The text of a chat message, flattening OpenAI content-part lists."""
    content = message.get("content") if isinstance(message, dict) else message
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(
            str(part.get("text", "")) if isinstance(part, dict) else str(part) for part in content
        )
    return str(content)


def default_reply(model: str, messages: list[Any]) -> str:
    """The deterministic reply for ``model`` and ``messages``.

    A short hash of the whole conversation keeps replies to different prompts distinct even when
    their beginnings match; the echoed prompt prefix keeps test failures readable.
    """
    digest = hashlib.sha256(
        json.dumps([model, messages], sort_keys=True, ensure_ascii=False, default=str).encode()
    ).hexdigest()[:8]
    # Directives are stripped from the echo so that feeding a reply into the next prompt (as
    # pipelines do) does not silently re-apply the previous call's latency or failure.
    last = _content_text(messages[-1]) if messages else ""
    snippet = " ".join(_DIRECTIVE_RE.sub("", last).split())[:40]
    return f"[{model}] {digest} {snippet}"


def _word_count(text: str) -> int:
    return len(text.split())


def _error_type(status: int) -> tuple[str, str]:
    """OpenAI-style ``(type, code)`` for an error status, so SDKs map it to the right exception."""
    if status == 401:
        return "authentication_error", "invalid_api_key"
    if status == 403:
        return "permission_error", "permission_denied"
    if status == 404:
        return "invalid_request_error", "not_found"
    if status == 429:
        return "rate_limit_error", "rate_limit_exceeded"
    if status >= 500:
        return "server_error", "server_error"
    return "invalid_request_error", "invalid_request"


def _error_body(status: int, message: str) -> dict[str, Any]:
    err_type, code = _error_type(status)
    return {"error": {"message": message, "type": err_type, "param": None, "code": code}}


class _BadRequest(Exception):
    """A request the server answers with 400 (and, for framing errors, a closed connection)."""


@dataclass
class _Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    keep_alive: bool


class FakeOpenAIServer:
    """An OpenAI-compatible chat-completions server on a private event loop thread.

    All public attributes may be read from any thread.  ``latency`` and ``behavior`` may be
    changed between runs; a ``behavior`` callable runs on the server's event loop, so it must be
    quick and must not block.
    """

    def __init__(
        self,
        *,
        latency: float = 0.0,
        behavior: Callable[[dict[str, Any]], Behavior | None] | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.latency = latency
        self.behavior = behavior
        self.host = host
        self.port = port
        # One lock for records and counters: tests read them from another thread while the loop
        # mutates them, and counters must stay consistent with the records.
        self._lock = threading.Lock()
        self._records: list[RequestRecord] = []
        self._ids = itertools.count(1)
        self._in_flight = 0
        self._peak = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._server: asyncio.Server | None = None
        self._conn_tasks: set[asyncio.Task[None]] = set()
        self._base_url: str | None = None

    # ------------------------------------------------------------------ lifecycle

    @property
    def base_url(self) -> str:
        """``http://host:port/v1``; only available while the server is running."""
        if self._base_url is None:
            raise RuntimeError("FakeOpenAIServer is not running; call start() first")
        return self._base_url

    def start(self) -> FakeOpenAIServer:
        """Start listening; returns once connections are accepted."""
        if self._thread is not None:
            raise RuntimeError("FakeOpenAIServer is already running")
        ready = threading.Event()
        failure: list[BaseException] = []
        thread = threading.Thread(
            target=self._run, args=(ready, failure), name="FakeOpenAIServer", daemon=True
        )
        thread.start()
        if not ready.wait(_START_TIMEOUT):
            raise RuntimeError("FakeOpenAIServer did not start in time")
        if failure:
            thread.join(_STOP_TIMEOUT)
            raise failure[0]
        self._thread = thread
        return self

    def stop(self) -> None:
        """Close the listener and every connection, then end the loop thread (bounded wait)."""
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        # The loop may already be gone if its thread died; nothing then remains to close.
        with contextlib.suppress(RuntimeError):
            closing = asyncio.run_coroutine_threadsafe(self._shutdown(), loop)
            with contextlib.suppress(Exception):
                closing.result(_STOP_TIMEOUT)
            loop.call_soon_threadsafe(loop.stop)
        thread.join(_STOP_TIMEOUT)
        self._thread = None
        self._base_url = None

    def __enter__(self) -> FakeOpenAIServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def __repr__(self) -> str:
        where = self._base_url or "not running"
        return f"<FakeOpenAIServer {where} latency={self.latency}>"

    def _run(self, ready: threading.Event, failure: list[BaseException]) -> None:
        loop = asyncio.new_event_loop()
        try:
            try:
                loop.run_until_complete(self._listen())
            except BaseException as exc:  # reported to start() in the caller's thread
                failure.append(exc)
                return
            self._loop = loop
            ready.set()
            loop.run_forever()
        finally:
            self._loop = None
            self._drain_loop(loop)
            loop.close()
            ready.set()

    @staticmethod
    def _drain_loop(loop: asyncio.AbstractEventLoop) -> None:
        # Give whatever survived _shutdown() a chance to unwind, so closing the loop does not
        # leave "Task was destroyed but it is pending" or unclosed-transport warnings behind.
        pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for task in pending:
            task.cancel()
        if pending:
            with contextlib.suppress(BaseException):
                loop.run_until_complete(asyncio.wait(pending, timeout=_STOP_TIMEOUT))
        with contextlib.suppress(BaseException):
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())

    async def _listen(self) -> None:
        # A large backlog: hundreds of simultaneous connects would otherwise overflow the
        # default (100) and stall clients for a SYN retransmit.
        self._server = await asyncio.start_server(
            self._serve_connection, self.host, self.port, limit=_STREAM_LIMIT, backlog=2048
        )
        host, port = self._server.sockets[0].getsockname()[:2]
        shown = f"[{host}]" if ":" in host else host
        self._base_url = f"http://{shown}:{port}/v1"

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._server.close()
        # Let connection tasks that were accepted but have not run yet register themselves;
        # one cancelled before its first step would never close its socket.
        await asyncio.sleep(0)
        tasks = list(self._conn_tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks, timeout=_STOP_TIMEOUT)
        if self._server is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), _STOP_TIMEOUT)
            self._server = None

    # ------------------------------------------------------------------ observation

    @property
    def requests(self) -> list[RequestRecord]:
        """Snapshot copies of the chat-completion records, in arrival order."""
        with self._lock:
            return [dataclasses.replace(r) for r in self._records]

    @property
    def in_flight(self) -> int:
        with self._lock:
            return self._in_flight

    @property
    def peak_in_flight(self) -> int:
        with self._lock:
            return self._peak

    def reset(self) -> None:
        """Forget the records and the peak (requests still in flight keep counting)."""
        with self._lock:
            self._records.clear()
            self._peak = self._in_flight

    def overlapped(self, prompt_a_substring: str, prompt_b_substring: str) -> bool:
        """Whether the first request whose prompt contains ``prompt_a_substring`` and the first
        other request containing ``prompt_b_substring`` were in flight at the same time.

        Raises ``LookupError`` if either request is missing, so a typo cannot pass silently.
        """
        records = self.requests
        a = next((r for r in records if prompt_a_substring in r.prompt), None)
        if a is None:
            raise LookupError(f"no request whose prompt contains {prompt_a_substring!r}")
        b = next((r for r in records if r is not a and prompt_b_substring in r.prompt), None)
        if b is None:
            raise LookupError(f"no other request whose prompt contains {prompt_b_substring!r}")
        a_end = a.end if a.end is not None else float("inf")
        b_end = b.end if b.end is not None else float("inf")
        return a.start <= b_end and b.start <= a_end

    def _begin(self, model: str, messages: list[Any], prompt: str) -> RequestRecord:
        with self._lock:
            self._in_flight += 1
            self._peak = max(self._peak, self._in_flight)
            record = RequestRecord(
                id=next(self._ids),
                model=model,
                messages=messages,
                prompt=prompt,
                start=time.perf_counter(),
                in_flight_at_start=self._in_flight,
            )
            self._records.append(record)
            return record

    def _finish(self, record: RequestRecord, status: int | None, *, cancelled: bool) -> None:
        with self._lock:
            record.end = time.perf_counter()
            record.status = status
            record.cancelled = cancelled
            self._in_flight -= 1

    # ------------------------------------------------------------------ HTTP

    async def _serve_connection(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._conn_tasks.add(task)
        # A byte read while watching for disconnects belongs to the next (pipelined) request.
        carry = b""
        try:
            while True:
                request = await self._read_request(reader, writer, carry)
                if request is None:
                    break
                carry = await self._dispatch(request, reader, writer)
                if not request.keep_alive:
                    break
        except _BadRequest as exc:
            self._write(writer, 400, _error_body(400, str(exc)), keep_alive=False)
            with contextlib.suppress(ConnectionError):
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError, _Disconnected):
            pass  # the client went away; nothing left to answer
        except asyncio.CancelledError:
            # stop() cancels connections.  Ending normally matters: on Python 3.11 a cancelled
            # start_server callback task makes asyncio log a spurious error.
            pass
        except Exception:
            _log.exception("FakeOpenAIServer: unexpected error while serving a connection")
        finally:
            self._conn_tasks.discard(task)
            writer.close()

    async def _read_request(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, carry: bytes
    ) -> _Request | None:
        line = carry if carry.endswith(b"\n") else carry + await self._readline(reader)
        while line in (b"\r\n", b"\n"):  # tolerate stray CRLFs between requests (RFC 9112)
            line = await self._readline(reader)
        if not line:
            return None
        parts = line.decode("latin-1").split()
        if len(parts) != 3 or not parts[2].startswith("HTTP/"):
            raise _BadRequest("malformed request line")
        method, target, version = parts

        headers: dict[str, str] = {}
        for _ in range(_MAX_HEADERS):
            raw = await self._readline(reader)
            if not raw:
                raise _Disconnected
            if raw in (b"\r\n", b"\n"):
                break
            name, sep, value = raw.decode("latin-1").partition(":")
            if not sep:
                raise _BadRequest("malformed header line")
            headers[name.strip().lower()] = value.strip()
        else:
            raise _BadRequest("too many headers")

        if headers.get("expect", "").lower() == "100-continue":
            writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
        if "chunked" in headers.get("transfer-encoding", "").lower():
            body = await self._read_chunked(reader)
        elif "content-length" in headers:
            try:
                length = int(headers["content-length"])
            except ValueError:
                raise _BadRequest("invalid Content-Length") from None
            if length < 0:
                raise _BadRequest("invalid Content-Length")
            body = await reader.readexactly(length)
        else:
            body = b""

        connection = {t.strip() for t in headers.get("connection", "").lower().split(",")}
        if version == "HTTP/1.0":
            keep_alive = "keep-alive" in connection
        else:
            keep_alive = "close" not in connection
        # Absolute-form targets come from clients configured with a proxy.
        path = urlsplit(target).path if "://" in target else target.split("?", 1)[0]
        return _Request(method.upper(), path, headers, body, keep_alive)

    @staticmethod
    async def _readline(reader: asyncio.StreamReader) -> bytes:
        try:
            return await reader.readline()
        except ValueError:  # asyncio's LimitOverrunError surfaces from readline() as ValueError
            raise _BadRequest("request line or header too long") from None

    async def _read_chunked(self, reader: asyncio.StreamReader) -> bytes:
        chunks: list[bytes] = []
        while True:
            size_line = await self._readline(reader)
            if not size_line:
                raise _Disconnected
            try:
                size = int(size_line.split(b";", 1)[0].strip(), 16)
            except ValueError:
                raise _BadRequest("invalid chunk size") from None
            if size == 0:
                break
            chunks.append(await reader.readexactly(size))
            await reader.readexactly(2)  # the CRLF after each chunk
        while True:  # trailers, ignored
            trailer = await self._readline(reader)
            if trailer in (b"\r\n", b"\n", b""):
                break
        return b"".join(chunks)

    async def _dispatch(
        self, request: _Request, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> bytes:
        """Answer one request; returns any bytes of the next request consumed meanwhile."""
        if request.path in _CHAT_PATHS:
            if request.method == "POST":
                return await self._chat(request, reader, writer)
            status, payload = 405, _error_body(405, f"use POST for {request.path}")
        elif request.path in _MODELS_PATHS:
            if request.method == "GET":
                status, payload = (
                    200,
                    {
                        "object": "list",
                        "data": [
                            {
                                "id": _MODEL_ID,
                                "object": "model",
                                "created": 0,
                                "owned_by": "autoform",
                            }
                        ],
                    },
                )
            else:
                status, payload = 405, _error_body(405, f"use GET for {request.path}")
        else:
            status, payload = 404, _error_body(404, f"no route for {request.method} {request.path}")
        self._write(writer, status, payload, keep_alive=request.keep_alive)
        await writer.drain()
        return b""

    async def _chat(
        self, request: _Request, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> bytes:
        keep_alive = request.keep_alive
        try:
            body = json.loads(request.body)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            return await self._reply_error(writer, 400, f"invalid JSON body: {exc}", keep_alive)
        if not isinstance(body, dict):
            return await self._reply_error(writer, 400, "body must be a JSON object", keep_alive)
        if body.get("stream"):
            msg = "streaming is not supported by FakeOpenAIServer; send stream=false"
            return await self._reply_error(writer, 400, msg, keep_alive)
        model, messages = body.get("model"), body.get("messages")
        if not isinstance(model, str) or not isinstance(messages, list) or not messages:
            msg = "'model' (string) and 'messages' (non-empty list) are required"
            return await self._reply_error(writer, 400, msg, keep_alive)

        prompt = _content_text(messages[-1])
        record = self._begin(model, messages, prompt)
        finished = False
        carry = b""
        try:
            try:
                plan = self._plan(body, prompt)
            except _BadRequest as exc:
                status, payload = 400, _error_body(400, str(exc))
            except Exception as exc:
                # Surface a broken behavior callable to the client instead of hanging it.
                status, payload = 500, _error_body(500, f"behavior callable raised {exc!r}")
            else:
                closed, carry = await self._wait_unless_closed(plan.latency, reader)
                if closed:
                    self._finish(record, None, cancelled=True)
                    finished = True
                    raise _Disconnected
                status = plan.status
                if status == 200:
                    reply = plan.reply if plan.reply is not None else default_reply(model, messages)
                    payload = self._completion(record, model, messages, reply)
                else:
                    payload = _error_body(status, f"FakeOpenAIServer: forced HTTP {status}")
            # Count the request as done before the reply is handed to the transport, so a client
            # that has read the reply never observes it still in flight.
            self._finish(record, status, cancelled=False)
            finished = True
            self._write(writer, status, payload, keep_alive=keep_alive)
            await writer.drain()
            return carry
        finally:
            if not finished:  # cancelled by stop() or a failed write before the reply went out
                self._finish(record, None, cancelled=True)

    def _plan(self, body: dict[str, Any], prompt: str) -> Behavior:
        plan = Behavior(latency=self.latency)
        behavior = self.behavior
        if behavior is not None:
            chosen = behavior(body)
            if chosen is not None:
                if not isinstance(chosen, Behavior):
                    raise TypeError(f"behavior must return Behavior or None, got {chosen!r}")
                plan = dataclasses.replace(chosen)
        seen: set[str] = set()
        for name, value in _DIRECTIVE_RE.findall(prompt):
            if name in seen:
                continue
            seen.add(name)
            if name == "reply":
                plan.reply = value
                continue
            try:
                number = float(value) if name == "latency" else int(value)
            except ValueError:
                raise _BadRequest(f"invalid directive [[{name}={value}]]") from None
            if name == "latency":
                if number < 0:
                    raise _BadRequest(f"invalid directive [[{name}={value}]]")
                plan.latency = number
            else:
                if not 200 <= number <= 599:
                    raise _BadRequest(f"invalid directive [[{name}={value}]]")
                plan.status = int(number)
        return plan

    @staticmethod
    async def _wait_unless_closed(
        latency: float, reader: asyncio.StreamReader
    ) -> tuple[bool, bytes]:
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

    def _completion(
        self, record: RequestRecord, model: str, messages: list[Any], reply: str
    ) -> dict[str, Any]:
        prompt_tokens = sum(_word_count(_content_text(m)) for m in messages)
        completion_tokens = _word_count(reply)
        return {
            "id": f"chatcmpl-fake-{record.id}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": model,
            "system_fingerprint": "fp_fake",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": reply},
                    "logprobs": None,
                    "finish_reason": "stop",
                }
            ],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        }

    async def _reply_error(
        self, writer: asyncio.StreamWriter, status: int, message: str, keep_alive: bool
    ) -> bytes:
        self._write(writer, status, _error_body(status, message), keep_alive=keep_alive)
        await writer.drain()
        return b""

    @staticmethod
    def _write(
        writer: asyncio.StreamWriter, status: int, payload: dict[str, Any], *, keep_alive: bool
    ) -> None:
        body = json.dumps(payload).encode()
        try:
            phrase = http.HTTPStatus(status).phrase
        except ValueError:
            phrase = "Unknown"
        head = (
            f"HTTP/1.1 {status} {phrase}\r\n"
            "Content-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n"
            f"Connection: {'keep-alive' if keep_alive else 'close'}\r\n"
            "\r\n"
        )
        writer.write(head.encode("latin-1") + body)


class _Disconnected(Exception):
    """The client closed the connection in the middle of a request."""
