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

        # Chat completions stream (see the streaming test); Anthropic's Messages do not.
        stream_body = _body("s") | {"stream": True, "max_tokens": 10}
        streaming = client.post(f"{srv.base_url}/messages", json=stream_body)
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


# ----------------------------------------------------------------------------- SDK clients
# The real `openai` and `anthropic` clients, pointed at the server: tool calls, structured
# output, `n` choices, usage, streaming, the Responses API and Anthropic's Messages API.


def _openai(srv: FakeOpenAIServer) -> Any:
    openai = pytest.importorskip("openai")
    return openai.OpenAI(base_url=srv.base_url, api_key="sk-test", max_retries=0)


def _anthropic(srv: FakeOpenAIServer, base_url: str | None = None) -> Any:
    anthropic = pytest.importorskip("anthropic")
    base = base_url or srv.anthropic_base_url
    return anthropic.Anthropic(base_url=base, api_key="sk-test", max_retries=0)


_WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The weather in a city.",
        "parameters": {
            "type": "object",
            "properties": {
                "city": {"type": "string"},
                "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
                "days": {"type": "integer", "minimum": 1, "maximum": 7},
            },
            "required": ["city", "unit", "days"],
            "additionalProperties": False,
        },
    },
}
_TIME = {
    "type": "function",
    "function": {"name": "get_time", "parameters": {"type": "object", "properties": {}}},
}


def test_openai_client_plain_reply_n_choices_and_usage(srv: FakeOpenAIServer) -> None:
    client = _openai(srv)
    messages = _messages("three takes")
    one = client.chat.completions.create(model="gpt-test", messages=messages)
    three = client.chat.completions.create(model="gpt-test", messages=messages, n=3)

    expected = default_reply("gpt-test", messages)
    assert one.choices[0].message.content == expected
    texts = [c.message.content for c in three.choices]
    assert texts[0] == expected and len(set(texts)) == 3
    assert [c.index for c in three.choices] == [0, 1, 2]
    assert three.usage.completion_tokens > one.usage.completion_tokens > 0
    assert three.usage.total_tokens == three.usage.prompt_tokens + three.usage.completion_tokens


@pytest.mark.parametrize(
    ("tool_choice", "called"),
    [
        ({"type": "function", "function": {"name": "get_weather"}}, "get_weather"),
        ("required", "get_time"),  # the first tool offered
        ("auto", "get_time"),  # left to the model: it calls one until a result comes back
        ("none", None),
    ],
)
def test_openai_client_tool_calls(srv: FakeOpenAIServer, tool_choice: Any, called: Any) -> None:
    client = _openai(srv)
    response = client.chat.completions.create(
        model="gpt-test",
        messages=_messages("weather in Paris?"),
        tools=[_TIME, _WEATHER],
        tool_choice=tool_choice,
    )
    (choice,) = response.choices
    if called is None:
        assert choice.finish_reason == "stop" and choice.message.tool_calls is None
        assert choice.message.content
        return
    assert choice.finish_reason == "tool_calls" and choice.message.content is None
    (call,) = choice.message.tool_calls
    assert call.type == "function" and call.function.name == called and call.id
    arguments = json.loads(call.function.arguments)
    if called == "get_weather":
        assert arguments["unit"] == "celsius" and 1 <= arguments["days"] <= 7
        assert isinstance(arguments["city"], str)
    (record,) = srv.requests
    assert record.api == "chat.completions" and len(record.body["tools"]) == 2


def test_openai_client_tool_loop_ends_with_text(srv: FakeOpenAIServer) -> None:
    client = _openai(srv)
    messages: list[Any] = _messages("weather in Paris?")
    first = client.chat.completions.create(model="gpt-test", messages=messages, tools=[_WEATHER])
    (call,) = first.choices[0].message.tool_calls
    messages += [
        first.choices[0].message.model_dump(exclude_none=True),
        {"role": "tool", "tool_call_id": call.id, "content": "sunny"},
    ]
    second = client.chat.completions.create(model="gpt-test", messages=messages, tools=[_WEATHER])
    assert second.choices[0].finish_reason == "stop"
    assert second.choices[0].message.content
    # A directive picks the tool; a reply directive gives its arguments verbatim.
    forced = client.chat.completions.create(
        model="gpt-test",
        messages=_messages('go [[tool=get_weather]] [[reply={"city": "Oslo"}]]'),
        tools=[_TIME, _WEATHER],
    )
    (call,) = forced.choices[0].message.tool_calls
    assert call.function.name == "get_weather"
    assert json.loads(call.function.arguments) == {"city": "Oslo"}


def test_unknown_tool_named_is_a_bad_request(srv: FakeOpenAIServer) -> None:
    body = _body("x") | {
        "tools": [_WEATHER],
        "tool_choice": {"type": "function", "function": {"name": "nope"}},
    }
    status, data = _post(f"{srv.base_url}/chat/completions", body)
    assert status == 400 and "nope" in data["error"]["message"]
    assert srv.in_flight == 0


def test_openai_client_structured_output_from_pydantic(srv: FakeOpenAIServer) -> None:
    from typing import Literal

    from pydantic import BaseModel, Field

    class Step(BaseModel):
        explanation: str
        output: str

    class Answer(BaseModel):
        steps: list[Step]
        final: str
        confidence: float = Field(ge=0, le=1)
        tags: list[Literal["math", "logic"]]
        note: str | None
        parent: Answer | None  # recursive: the generator stops nesting

    client = _openai(srv)
    parsed = client.chat.completions.parse(
        model="gpt-test", messages=_messages("solve 8x + 7 = -23"), response_format=Answer
    )
    answer = parsed.choices[0].message.parsed
    assert isinstance(answer, Answer)
    assert answer.steps and 0 <= answer.confidence <= 1 and answer.tags == ["math"]
    assert "solve 8x" in answer.final  # strings carry the prompt: replies stay distinct
    (record,) = srv.requests
    assert record.body["response_format"]["type"] == "json_schema"

    json_mode = client.chat.completions.create(
        model="gpt-test", messages=_messages("as json"), response_format={"type": "json_object"}
    )
    assert isinstance(json.loads(json_mode.choices[0].message.content), dict)


def test_schema_instances_validate() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from autoform.testing.schema import instance

    schemas: list[dict[str, Any]] = [
        {"type": "string", "minLength": 50, "maxLength": 60},
        {"type": "integer", "exclusiveMinimum": 3, "multipleOf": 5},
        {"type": "number", "minimum": -2.5, "maximum": -1},
        {"type": "array", "items": {"type": "boolean"}, "minItems": 3},
        {"type": ["null", "string"], "format": "date-time"},
        {"allOf": [{"properties": {"a": {"const": 1}}}, {"required": ["a"]}]},
        {"oneOf": [{"type": "null"}, {"$ref": "#/$defs/x"}], "$defs": {"x": {"type": "object"}}},
        {"type": "object", "properties": {"u": {"type": "string", "format": "uuid"}}},
    ]
    for schema in schemas:
        jsonschema.validate(instance(schema, "seed"), schema)


def test_openai_client_streams(srv: FakeOpenAIServer) -> None:
    client = _openai(srv)
    messages = _messages("stream this please")
    stream = client.chat.completions.create(
        model="gpt-test",
        messages=messages,
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == default_reply("gpt-test", messages)
    assert chunks[-1].usage is not None and chunks[-1].usage.total_tokens > 0
    assert srv.requests[0].status == 200

    with client.chat.completions.stream(
        model="gpt-test", messages=_messages("w"), tools=[_WEATHER], tool_choice="required"
    ) as tool_stream:
        final = tool_stream.get_final_completion()
    assert final.choices[0].message.tool_calls[0].function.name == "get_weather"


def test_openai_client_responses_api(srv: FakeOpenAIServer) -> None:
    client = _openai(srv)
    response = client.responses.create(
        model="gpt-test", instructions="be brief", input="via responses"
    )
    assert response.output_text == default_reply("gpt-test", _messages("via responses"))
    assert response.usage.total_tokens > 0
    called = client.responses.create(
        model="gpt-test",
        input="weather?",
        tools=[{"type": "function", **_WEATHER["function"]}],
        tool_choice="required",
    )
    (item,) = called.output
    assert item.type == "function_call" and item.name == "get_weather"
    assert json.loads(item.arguments)["unit"] == "celsius"
    assert [r.api for r in srv.requests] == ["responses", "responses"]


def test_anthropic_client_messages(srv: FakeOpenAIServer) -> None:
    client = _anthropic(srv)
    message = client.messages.create(
        model="claude-test",
        max_tokens=100,
        system="be brief",
        messages=[{"role": "user", "content": "via anthropic"}],
    )
    # `system` counts as the first message: the reply is the chat API's for the same prompt.
    assert message.content[0].type == "text"
    assert message.content[0].text == default_reply("claude-test", _messages("via anthropic"))
    assert message.type == "message" and message.role == "assistant"
    assert message.model == "claude-test" and message.stop_reason == "end_turn"
    assert message.usage.input_tokens > 0 and message.usage.output_tokens > 0
    (record,) = srv.requests
    assert record.api == "messages" and record.messages == _messages("via anthropic")
    assert record.prompt == "via anthropic" and record.status == 200

    # Given the OpenAI base URL (ending in /v1), the SDK still arrives.
    again = _anthropic(srv, srv.base_url).messages.create(
        model="claude-test", max_tokens=10, messages=[{"role": "user", "content": "again"}]
    )
    assert again.content[0].text.startswith("[claude-test]")


def test_anthropic_client_tools_errors_and_directives(srv: FakeOpenAIServer) -> None:
    anthropic = pytest.importorskip("anthropic")
    client = _anthropic(srv)
    tool = {
        "name": "get_weather",
        "description": "The weather in a city.",
        "input_schema": _WEATHER["function"]["parameters"],
    }
    message = client.messages.create(
        model="claude-test",
        max_tokens=100,
        messages=[{"role": "user", "content": "weather?"}],
        tools=[tool],
        tool_choice={"type": "tool", "name": "get_weather"},
    )
    (block,) = message.content
    assert message.stop_reason == "tool_use" and block.type == "tool_use"
    assert block.name == "get_weather" and block.input["unit"] == "celsius"

    answered = client.messages.create(
        model="claude-test",
        max_tokens=100,
        tools=[tool],
        messages=[
            {"role": "user", "content": "weather?"},
            {"role": "assistant", "content": [block.model_dump()]},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": block.id}]},
        ],
    )
    assert answered.stop_reason == "end_turn" and answered.content[0].type == "text"

    with pytest.raises(anthropic.RateLimitError):
        client.messages.create(
            model="claude-test",
            max_tokens=10,
            messages=[{"role": "user", "content": "busy [[status=429]]"}],
        )
    # As the real API: max_tokens is required, and errors come in Anthropic's shape.
    no_limit = {"model": "claude-test", "messages": [{"role": "user", "content": "x"}]}
    status, data = _post(f"{srv.anthropic_base_url}/v1/messages", no_limit)
    assert status == 400 and data["type"] == "error"
    assert data["error"]["type"] == "invalid_request_error"
    assert "max_tokens" in data["error"]["message"]
    assert srv.in_flight == 0
    assert [r.status for r in srv.requests] == [200, 200, 429]


def test_anthropic_and_openai_requests_share_the_in_flight_count(srv: FakeOpenAIServer) -> None:
    openai = pytest.importorskip("openai")
    anthropic = pytest.importorskip("anthropic")
    srv.latency = 0.3

    async def both() -> None:
        oa = openai.AsyncOpenAI(base_url=srv.base_url, api_key="sk-test", max_retries=0)
        an = anthropic.AsyncAnthropic(
            base_url=srv.anthropic_base_url, api_key="sk-test", max_retries=0
        )
        await asyncio.gather(
            oa.chat.completions.create(model="gpt-test", messages=_messages("openai side")),
            an.messages.create(
                model="claude-test",
                max_tokens=10,
                messages=[{"role": "user", "content": "anthropic side"}],
            ),
        )
        await oa.close()
        await an.close()

    asyncio.run(both())
    assert srv.peak_in_flight == 2
    assert srv.overlapped("openai side", "anthropic side")
    assert sorted(r.api for r in srv.requests) == ["chat.completions", "messages"]


def test_litellm_anthropic_provider_reaches_the_messages_api(srv: FakeOpenAIServer) -> None:
    import litellm

    tool = {
        "type": "function",
        "function": {"name": "f", "parameters": {"type": "object", "properties": {}}},
    }
    reply = litellm.completion(
        model="anthropic/claude-test",
        messages=_messages("via litellm's anthropic"),
        api_base=srv.anthropic_base_url,
        api_key="sk-test",
        max_tokens=20,
    )
    # LiteLLM sends content as blocks: the reply is derived from those, not from the strings.
    text = reply.choices[0].message.content
    assert text.startswith("[claude-test] ") and text.endswith("via litellm's anthropic")
    called = litellm.completion(
        model="anthropic/claude-test",
        messages=_messages("call it"),
        api_base=srv.anthropic_base_url,
        api_key="sk-test",
        max_tokens=20,
        tools=[tool],
        tool_choice="required",
    )
    assert called.choices[0].message.tool_calls[0].function.name == "f"
    assert [(r.api, r.status) for r in srv.requests] == [("messages", 200)] * 2
