"""Tests for autoform.testing.FakeOpenAIServer, including the real LiteLLM client path."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

# LiteLLM fetches its model cost map over the network at import unless told otherwise; these must
# be set before the first `import litellm` anywhere in the session.
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
os.environ.setdefault("LITELLM_OFFLINE_MODE", "true")

_SRC = Path(__file__).resolve().parents[1] / "src"
if importlib.util.find_spec("autoform") is None:  # running from a checkout without installing
    sys.path.insert(0, str(_SRC))

from autoform.testing import (  # noqa: E402
    Behavior,
    FakeOpenAIServer,
    RequestRecord,
    default_reply,
)


def _messages(text: str) -> list[dict[str, str]]:
    return [{"role": "system", "content": "be brief"}, {"role": "user", "content": text}]


def _body(text: str, model: str = "gpt-test") -> dict[str, Any]:
    return {"model": model, "messages": _messages(text)}


def _post(url: str, payload: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    request = urllib.request.Request(
        url,
        data=json.dumps(payload).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as err:
        with err:
            return err.code, json.loads(err.read())


def _wait_until(predicate: Any, timeout: float = 2.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.01)
    return bool(predicate())


def _address(srv: FakeOpenAIServer) -> tuple[str, int]:
    parts = urlsplit(srv.base_url)
    assert parts.hostname is not None and parts.port is not None
    return parts.hostname, parts.port


def _read_response(stream: Any) -> tuple[int, dict[str, str], bytes]:
    """Read one HTTP/1.1 response framed by Content-Length from a socket file."""
    status_line = stream.readline()
    assert status_line.startswith(b"HTTP/1.1 "), status_line
    headers: dict[str, str] = {}
    while (line := stream.readline()) not in (b"\r\n", b""):
        name, _, value = line.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    body = stream.read(int(headers["content-length"]))
    return int(status_line.split()[1]), headers, body


@pytest.fixture
def srv() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer() as server:
        yield server


# ----------------------------------------------------------------------------- basics


def test_plain_request_returns_deterministic_completion(srv: FakeOpenAIServer) -> None:
    status, data = _post(f"{srv.base_url}/chat/completions", _body("What is 2 + 2?"))

    assert status == 200
    assert data["object"] == "chat.completion"
    assert data["model"] == "gpt-test"
    assert isinstance(data["id"], str) and isinstance(data["created"], int)
    (choice,) = data["choices"]
    assert choice["index"] == 0
    assert choice["finish_reason"] == "stop"
    assert choice["message"]["role"] == "assistant"
    assert choice["message"]["content"] == default_reply("gpt-test", _messages("What is 2 + 2?"))
    usage = data["usage"]
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"] > 0

    (record,) = srv.requests
    assert isinstance(record, RequestRecord)
    assert record.model == "gpt-test"
    assert record.prompt == "What is 2 + 2?"
    assert record.messages == _messages("What is 2 + 2?")
    assert record.status == 200 and not record.cancelled
    assert record.end is not None and record.end >= record.start
    assert record.in_flight_at_start == 1
    assert srv.in_flight == 0 and srv.peak_in_flight == 1


def test_default_reply_is_deterministic_and_distinct() -> None:
    a = default_reply("m", _messages("first question"))
    assert a == default_reply("m", _messages("first question"))
    assert a.startswith("[m] ") and "first question" in a
    assert a != default_reply("m", _messages("second question"))
    assert a != default_reply("other", _messages("first question"))
    # Directives are not echoed, so a reply fed into the next prompt does not re-trigger them.
    assert "[[" not in default_reply("m", _messages("[[latency=0.5]] hi [[status=500]]"))
    assert len(default_reply("m", _messages("x" * 500))) < 80


def test_module_imports_only_the_standard_library() -> None:
    # Load the package from its files, as a top-level package `t`, so autoform's own __init__
    # (which may import LiteLLM) is not involved.
    package = _SRC / "autoform" / "testing"
    path, where = str(package / "__init__.py"), [str(package)]
    code = (
        "import importlib.util, sys\n"
        f"spec = importlib.util.spec_from_file_location('t', {path!r},"
        f" submodule_search_locations={where!r})\n"
        "module = importlib.util.module_from_spec(spec)\n"
        "sys.modules['t'] = module\n"
        "spec.loader.exec_module(module)\n"
        "assert {'t.server', 't.replies', 't.wire'} <= set(sys.modules), sys.modules\n"
        "assert 'autoform' not in sys.modules\n"
        "assert not {'litellm', 'httpx', 'openai', 'aiohttp'} & set(sys.modules), sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_base_url_requires_running_server() -> None:
    server = FakeOpenAIServer()
    with pytest.raises(RuntimeError):
        _ = server.base_url
    server.stop()  # stopping a server that never started is a no-op


def test_start_reports_bind_errors_and_restarts(srv: FakeOpenAIServer) -> None:
    _, port = _address(srv)
    with pytest.raises(OSError):
        FakeOpenAIServer(port=port).start()

    srv.stop()
    srv.start()  # a stopped server can be started again
    assert _post(f"{srv.base_url}/chat/completions", _body("again"))[0] == 200


# ----------------------------------------------------------------------------- behaviour


def test_latency_directive_is_respected(srv: FakeOpenAIServer) -> None:
    started = time.perf_counter()
    status, _ = _post(f"{srv.base_url}/chat/completions", _body("slow [[latency=0.3]]"))
    elapsed = time.perf_counter() - started

    assert status == 200
    assert elapsed >= 0.3
    (record,) = srv.requests
    assert record.end is not None and record.end - record.start >= 0.3


@pytest.mark.parametrize("code", [500, 429])
def test_status_directive_returns_openai_error(srv: FakeOpenAIServer, code: int) -> None:
    status, data = _post(f"{srv.base_url}/chat/completions", _body(f"fail [[status={code}]]"))

    assert status == code
    error = data["error"]
    assert isinstance(error["message"], str) and error["message"]
    assert isinstance(error["type"], str) and isinstance(error["code"], str)
    (record,) = srv.requests
    assert record.status == code and not record.cancelled
    assert srv.in_flight == 0


def test_reply_directive_overrides_reply(srv: FakeOpenAIServer) -> None:
    _, data = _post(f"{srv.base_url}/chat/completions", _body("x [[reply=some text, ok?]] y"))
    assert data["choices"][0]["message"]["content"] == "some text, ok?"


def test_invalid_directive_is_rejected(srv: FakeOpenAIServer) -> None:
    status, data = _post(f"{srv.base_url}/chat/completions", _body("[[latency=soon]]"))
    assert status == 400
    assert "latency" in data["error"]["message"]


def test_precedence_directive_over_behavior_over_defaults() -> None:
    seen: list[dict[str, Any]] = []

    def behavior(request: dict[str, Any]) -> Behavior | None:
        seen.append(request)
        if "custom" in request["messages"][-1]["content"]:
            return Behavior(reply="from behavior")
        return None

    with FakeOpenAIServer(behavior=behavior) as server:
        url = f"{server.base_url}/chat/completions"
        assert _post(url, _body("custom"))[1]["choices"][0]["message"]["content"] == (
            "from behavior"
        )
        directed = _post(url, _body("custom [[reply=from directive]]"))[1]
        assert directed["choices"][0]["message"]["content"] == "from directive"
        plain = _post(url, _body("plain"))[1]
        assert plain["choices"][0]["message"]["content"] == default_reply(
            "gpt-test", _messages("plain")
        )
        assert seen[0]["model"] == "gpt-test"

        server.behavior = lambda request: Behavior(status=503)
        assert _post(url, _body("anything"))[0] == 503
        assert _post(url, _body("anything [[status=200]]"))[0] == 200


def test_broken_behavior_callable_yields_500() -> None:
    def behavior(request: dict[str, Any]) -> Behavior | None:
        raise ValueError("boom")

    with FakeOpenAIServer(behavior=behavior) as server:
        status, data = _post(f"{server.base_url}/chat/completions", _body("hi"))
        assert status == 500
        assert "boom" in data["error"]["message"]
        assert server.in_flight == 0


def test_default_latency_is_mutable(srv: FakeOpenAIServer) -> None:
    srv.latency = 0.2
    _post(f"{srv.base_url}/chat/completions", _body("a"))
    srv.latency = 0.0
    _post(f"{srv.base_url}/chat/completions", _body("b"))
    first, second = srv.requests
    assert first.end is not None and first.end - first.start >= 0.2
    assert second.end is not None


# ----------------------------------------------------------------------------- HTTP surface


def test_routes_and_errors(srv: FakeOpenAIServer) -> None:
    with httpx.Client(timeout=10) as client:
        models = client.get(f"{srv.base_url}/models")
        assert models.status_code == 200
        assert models.headers["content-type"] == "application/json"
        assert models.json()["object"] == "list" and len(models.json()["data"]) == 1

        unversioned = srv.base_url.removesuffix("/v1") + "/chat/completions"
        assert client.post(unversioned, json=_body("no v1")).status_code == 200

        missing = client.get(srv.base_url.removesuffix("/v1") + "/nope")
        assert missing.status_code == 404 and "error" in missing.json()

        stream_body = _body("s") | {"stream": True}
        streaming = client.post(f"{srv.base_url}/chat/completions", json=stream_body)
        assert streaming.status_code == 400
        assert "stream" in streaming.json()["error"]["message"]

        garbage = client.post(f"{srv.base_url}/chat/completions", content=b"{not json")
        assert garbage.status_code == 400

    # Only well-formed completions are recorded.
    assert [r.prompt for r in srv.requests] == ["no v1"]


def test_keep_alive_chunked_and_connection_close(srv: FakeOpenAIServer) -> None:
    payload = json.dumps(_body("over one socket")).encode()
    with socket.create_connection(_address(srv), timeout=10) as sock, sock.makefile("rb") as stream:
        for _ in range(3):
            sock.sendall(
                b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n"
                b"Content-Type: application/json\r\n"
                b"Content-Length: %d\r\n\r\n%s" % (len(payload), payload)
            )
            status, headers, body = _read_response(stream)
            assert status == 200 and headers["connection"] == "keep-alive"
            assert json.loads(body)["choices"][0]["message"]["content"].startswith("[gpt-test]")

        half = len(payload) // 2
        sock.sendall(
            b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n"
            b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
            b"%x\r\n%s\r\n%x\r\n%s\r\n0\r\n\r\n"
            % (half, payload[:half], len(payload) - half, payload[half:])
        )
        status, headers, body = _read_response(stream)
        assert status == 200 and headers["connection"] == "close"
        assert json.loads(body)["model"] == "gpt-test"
        assert stream.read() == b""  # the server closed the connection as asked

    assert len(srv.requests) == 4


def test_many_sequential_requests_reuse_one_client(srv: FakeOpenAIServer) -> None:
    with httpx.Client(timeout=10) as client:
        for i in range(50):
            response = client.post(f"{srv.base_url}/chat/completions", json=_body(f"seq {i}"))
            assert response.status_code == 200
    assert srv.peak_in_flight == 1 and len(srv.requests) == 50


# ----------------------------------------------------------------------------- concurrency


async def _post_all(url: str, prompts: list[str], clients: int = 1) -> list[httpx.Response]:
    # httpcore's pool does quadratic work per state change, so very wide fan-outs are spread
    # over several clients to keep the test fast; the server sees the same concurrency.
    limits = httpx.Limits(max_connections=None, max_keepalive_connections=None)
    pool = [httpx.AsyncClient(timeout=30, limits=limits) for _ in range(clients)]
    try:
        return await asyncio.gather(
            *(pool[i % clients].post(url, json=_body(p)) for i, p in enumerate(prompts))
        )
    finally:
        for client in pool:
            await client.aclose()


def test_concurrent_requests_overlap_and_sequential_do_not(srv: FakeOpenAIServer) -> None:
    url = f"{srv.base_url}/chat/completions"
    srv.latency = 0.2
    responses = asyncio.run(_post_all(url, [f"parallel {i}" for i in range(5)]))

    assert [r.status_code for r in responses] == [200] * 5
    assert srv.peak_in_flight == 5
    assert srv.overlapped("parallel 0", "parallel 4")
    assert sorted(r.in_flight_at_start for r in srv.requests) == [1, 2, 3, 4, 5]

    srv.reset()
    assert srv.requests == [] and srv.peak_in_flight == 0

    async def sequential() -> None:
        async with httpx.AsyncClient(timeout=30) as client:
            for i in range(3):
                (await client.post(url, json=_body(f"serial {i}"))).raise_for_status()

    asyncio.run(sequential())
    assert srv.peak_in_flight == 1
    assert not srv.overlapped("serial 0", "serial 1")
    with pytest.raises(LookupError):
        srv.overlapped("serial 0", "no such prompt")


def test_three_hundred_concurrent_requests() -> None:
    with FakeOpenAIServer(latency=0.05) as server:
        prompts = [f"wide {i}" for i in range(300)]
        responses = asyncio.run(_post_all(f"{server.base_url}/chat/completions", prompts, 10))

        assert [r.status_code for r in responses] == [200] * 300
        replies = {r.json()["choices"][0]["message"]["content"] for r in responses}
        assert len(replies) == 300
        assert len(server.requests) == 300
        assert server.in_flight == 0
        assert 1 < server.peak_in_flight <= 300


def test_client_disconnect_marks_request_cancelled(srv: FakeOpenAIServer) -> None:
    async def abandon() -> None:
        client = httpx.AsyncClient(timeout=30)
        task = asyncio.create_task(
            client.post(f"{srv.base_url}/chat/completions", json=_body("abandon [[latency=2]]"))
        )
        # Cancel only once the server really holds the request, however slow the machine is.
        deadline = time.monotonic() + 2
        while srv.in_flight == 0 and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.2)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await client.aclose()

    asyncio.run(abandon())

    assert _wait_until(lambda: srv.in_flight == 0 and srv.requests[0].cancelled)
    (record,) = srv.requests
    assert record.status is None and record.end is not None
    # The server keeps serving after a disconnect.
    assert _post(f"{srv.base_url}/chat/completions", _body("after"))[0] == 200


def test_stop_does_not_wait_for_slow_requests() -> None:
    server = FakeOpenAIServer().start()
    with socket.create_connection(_address(server), timeout=10) as sock:
        payload = json.dumps(_body("very slow [[latency=30]]")).encode()
        sock.sendall(
            b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n%s"
            % (len(payload), payload)
        )
        assert _wait_until(lambda: server.in_flight == 1)
        started = time.monotonic()
        server.stop()
        assert time.monotonic() - started < 10
    (record,) = server.requests
    assert record.cancelled and server.in_flight == 0


# ----------------------------------------------------------------------------- LiteLLM


def test_litellm_completion_and_acompletion_with_explicit_api_base(
    srv: FakeOpenAIServer,
) -> None:
    import litellm

    messages = _messages("via litellm")
    expected = default_reply("gpt-4o-mini", messages)
    kwargs: dict[str, Any] = {
        "model": "openai/gpt-4o-mini",
        "messages": messages,
        "api_base": srv.base_url,
        "api_key": "sk-test",
    }

    response = litellm.completion(**kwargs)
    assert response.choices[0].message.content == expected

    async def run() -> list[str]:
        results = await asyncio.gather(*(litellm.acompletion(**kwargs) for _ in range(3)))
        return [r.choices[0].message.content for r in results]

    assert asyncio.run(run()) == [expected] * 3
    assert [r.model for r in srv.requests] == ["gpt-4o-mini"] * 4
    assert all(r.status == 200 for r in srv.requests)


@pytest.mark.parametrize("base_url_var", ["OPENAI_BASE_URL", "OPENAI_API_BASE"])
def test_litellm_reaches_server_through_environment(
    srv: FakeOpenAIServer, monkeypatch: pytest.MonkeyPatch, base_url_var: str
) -> None:
    import litellm

    # A process-wide litellm.api_base would take precedence over the environment.
    monkeypatch.setattr(litellm, "api_base", None)
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    monkeypatch.delenv("OPENAI_API_BASE", raising=False)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv(base_url_var, srv.base_url)

    messages = _messages(f"configured by {base_url_var}")
    response = litellm.completion(model="gpt-5.5", messages=messages)

    assert response.choices[0].message.content == default_reply("gpt-5.5", messages)
    (record,) = srv.requests
    assert record.model == "gpt-5.5"
