"""`FakeOpenAIServer`: the test server's thread, event loop, connections and records.

The answers are made in `replies`, the HTTP framing is in `wire`; this module ties them to a
listening socket and keeps what was asked, when, and how many requests were in flight. It
speaks three APIs (`_ROUTES`): OpenAI's chat completions (streamed too) and Responses, and
Anthropic's Messages; their requests share one record list and one in-flight count.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import itertools
import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from . import replies
from .replies import Behavior, content_text, error_body, models
from .wire import (
    STREAM_LIMIT,
    BadRequest,
    Disconnected,
    Request,
    read_request,
    wait_unless_closed,
    write_events,
    write_json,
)

__all__ = ["FakeOpenAIServer", "RequestRecord"]

_log = logging.getLogger("autoform.testing")


@dataclass(frozen=True)
class _Api:
    """One API the server answers: how its requests are read (model, messages), answered,
    and told of an error, and whether ``stream: true`` is answered as server-sent events."""

    name: str
    read: Callable[[dict[str, Any]], tuple[str, list[Any]]]
    answer: Callable[[int, dict[str, Any], str, list[Any], Behavior], dict[str, Any]]
    error: Callable[[int, str], dict[str, Any]]
    streams: bool = False


_CHAT = _Api(
    "chat.completions", replies.chat_request, replies.chat_completion, error_body, streams=True
)
_RESPONSES = _Api("responses", replies.responses_request, replies.responses_body, error_body)
_MESSAGES = _Api(
    "messages", replies.anthropic_request, replies.anthropic_message, replies.anthropic_error_body
)
_ROUTES = {
    "/v1/chat/completions": _CHAT,
    "/chat/completions": _CHAT,
    "/v1/responses": _RESPONSES,
    "/responses": _RESPONSES,
    "/v1/messages": _MESSAGES,
    # The Anthropic SDK appends /v1/messages to its base URL: given `base_url` (which ends
    # in /v1, for OpenAI clients) rather than `anthropic_base_url`, it asks for this.
    "/v1/v1/messages": _MESSAGES,
}
_MODELS_PATHS = frozenset({"/v1/models", "/models"})

_START_TIMEOUT = 10.0
_STOP_TIMEOUT = 5.0


@dataclass
class RequestRecord:
    """One LM request as seen by the server (times are ``time.perf_counter()``).

    ``messages`` is the conversation as chat messages (Anthropic's ``system``, the Responses
    API's ``instructions`` first, as a system message), ``prompt`` the text of the last one;
    ``api`` is ``"chat.completions"``, ``"responses"`` or ``"messages"`` (Anthropic), and
    ``body`` the request's JSON as sent.
    """

    id: int
    model: str
    messages: list[Any]
    prompt: str
    start: float
    end: float | None = None
    status: int | None = None
    cancelled: bool = False
    in_flight_at_start: int = 0
    api: str = "chat.completions"
    body: dict[str, Any] = field(default_factory=dict)


class FakeOpenAIServer:
    """An OpenAI-compatible server (chat completions, Responses) that also answers
    Anthropic's Messages API, on a private event loop thread. Point OpenAI clients at
    `base_url` and Anthropic clients at `anthropic_base_url`.

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

    @property
    def anthropic_base_url(self) -> str:
        """``http://host:port``: the Anthropic SDK adds ``/v1/messages`` itself."""
        return self.base_url.removesuffix("/v1")

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
            self._serve_connection, self.host, self.port, limit=STREAM_LIMIT, backlog=2048
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
        """Snapshot copies of the LM request records (every API), in arrival order."""
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

    def _begin(
        self, model: str, messages: list[Any], prompt: str, api: str, body: dict[str, Any]
    ) -> RequestRecord:
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
                api=api,
                body=body,
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
                request = await read_request(reader, writer, carry)
                if request is None:
                    break
                carry = await self._dispatch(request, reader, writer)
                if not request.keep_alive:
                    break
        except BadRequest as exc:
            write_json(writer, 400, error_body(400, str(exc)), keep_alive=False)
            with contextlib.suppress(ConnectionError):
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError, Disconnected):
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

    async def _dispatch(
        self, request: Request, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> bytes:
        """Answer one request; returns any bytes of the next request consumed meanwhile."""
        api = _ROUTES.get(request.path)
        if api is not None:
            if request.method == "POST":
                return await self._answer(api, request, reader, writer)
            status, payload = 405, api.error(405, f"use POST for {request.path}")
        elif request.path in _MODELS_PATHS:
            if request.method == "GET":
                status, payload = 200, models()
            else:
                status, payload = 405, error_body(405, f"use GET for {request.path}")
        else:
            status, payload = 404, error_body(404, f"no route for {request.method} {request.path}")
        write_json(writer, status, payload, keep_alive=request.keep_alive)
        await writer.drain()
        return b""

    async def _answer(
        self,
        api: _Api,
        request: Request,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
    ) -> bytes:
        keep_alive = request.keep_alive
        try:
            body = json.loads(request.body)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            return await self._reply_error(
                api, writer, 400, f"invalid JSON body: {exc}", keep_alive
            )
        if not isinstance(body, dict):
            msg = "body must be a JSON object"
            return await self._reply_error(api, writer, 400, msg, keep_alive)
        stream = bool(body.get("stream"))
        if stream and not api.streams:
            msg = (
                f"streaming is not supported by FakeOpenAIServer for {api.name}; send stream=false"
            )
            return await self._reply_error(api, writer, 400, msg, keep_alive)
        try:
            model, messages = api.read(body)
        except BadRequest as exc:
            return await self._reply_error(api, writer, 400, str(exc), keep_alive)

        prompt = content_text(messages[-1])
        record = self._begin(model, messages, prompt, api.name, body)
        finished = False
        carry = b""
        try:
            try:
                plan = replies.plan(body, prompt, self.latency, self.behavior)
            except BadRequest as exc:
                status, payload = 400, api.error(400, str(exc))
            except Exception as exc:
                # Surface a broken behavior callable to the client instead of hanging it.
                status, payload = 500, api.error(500, f"behavior callable raised {exc!r}")
            else:
                closed, carry = await wait_unless_closed(plan.latency, reader)
                if closed:
                    self._finish(record, None, cancelled=True)
                    finished = True
                    raise Disconnected
                status = plan.status
                if status == 200:
                    try:
                        payload = api.answer(record.id, body, model, messages, plan)
                    except BadRequest as exc:
                        status, payload = 400, api.error(400, str(exc))
                else:
                    payload = api.error(status, f"FakeOpenAIServer: forced HTTP {status}")
            # Count the request as done before the reply is handed to the transport, so a client
            # that has read the reply never observes it still in flight.
            self._finish(record, status, cancelled=False)
            finished = True
            if stream and status == 200:
                options = body.get("stream_options")
                usage = isinstance(options, dict) and bool(options.get("include_usage"))
                events = replies.chat_chunks(payload, include_usage=usage)
                write_events(writer, events, keep_alive=keep_alive)
            else:
                write_json(writer, status, payload, keep_alive=keep_alive)
            await writer.drain()
            return carry
        finally:
            if not finished:  # cancelled by stop() or a failed write before the reply went out
                self._finish(record, None, cancelled=True)

    async def _reply_error(
        self, api: _Api, writer: asyncio.StreamWriter, status: int, message: str, keep_alive: bool
    ) -> bytes:
        write_json(writer, status, api.error(status, message), keep_alive=keep_alive)
        await writer.drain()
        return b""
