"""Users' existing LiteLLM, OpenAI SDK and Anthropic SDK code, unchanged but for
`af.concurrent`: its calls overlap exactly as their `af.lm_call` twins do, seen from the
loopback server's side (requests in flight, rounds of requests), and return what the
sequential run returns, as the SDK's own types."""

from __future__ import annotations

import asyncio
import functools
import subprocess
import sys

import pytest
from conftest import ROOT, load_module

import autoform as af
from autoform.runner import run_sync

pytest.importorskip("openai")
pytest.importorskip("anthropic")

LATENCY = 0.08


@pytest.fixture
def pipelines(server, monkeypatch):
    """tests/sdk_pipelines.py, loaded fresh: its module-level clients read the server's
    address from the environment, as real clients read a provider's."""
    monkeypatch.setenv("ANTHROPIC_API_KEY", "sk-test")
    monkeypatch.setenv("ANTHROPIC_BASE_URL", server.anthropic_base_url)
    server.latency = LATENCY
    return load_module(ROOT / "tests" / "sdk_pipelines.py")


def rounds(server) -> int:
    """The longest chain of requests, each sent after the one before it was answered."""
    records = sorted(server.requests, key=lambda r: r.start)
    depth: list[int] = []
    for i, r in enumerate(records):
        before = [
            depth[j] for j in range(i) if records[j].end is not None and records[j].end <= r.start
        ]
        depth.append(1 + max(before, default=0))
    return max(depth, default=0)


def shape(server) -> tuple[int, int, int]:
    """(requests, rounds, most in flight) of what the server saw since its last reset."""
    return len(server.requests), rounds(server), server.peak_in_flight


def plain(result):
    """An SDK's response as data, without what the server stamps on each reply (its id, its
    time), which differs from run to run."""
    data = result.model_dump() if hasattr(result, "model_dump") else result
    if isinstance(data, dict):
        stamped = ("id", "created", "created_at")
        return {k: plain(v) for k, v in data.items() if k not in stamped}
    if isinstance(data, list):
        return [plain(v) for v in data]
    return data


def sequentially(fn, *args):
    """``fn`` as written. An ``async def`` runs on the loop autoform keeps for synchronous
    runs, as the compiled one does: an async client's connections belong to one loop."""
    return run_sync(fn(*args)) if asyncio.iscoroutinefunction(fn) else fn(*args)


def run_both(server, fn, *args):
    """(sequential result, its shape, concurrent result, its shape)."""
    server.reset()
    sequential = sequentially(fn, *args)
    seq_shape = shape(server)
    compiled = af.concurrent(fn)
    server.reset()
    concurrent = run_sync(compiled(*args))
    return sequential, seq_shape, concurrent, shape(server)


@pytest.fixture
def twin_shape(pipelines, server):
    """How the `af.lm_call` version overlaps: the shape every other version must have."""
    _, seq, _, par = run_both(server, pipelines.with_lm_call, "owls")
    assert seq == (4, 4, 1)
    assert par == (4, 3, 2)  # the first two calls together, then one after another
    return par


@pytest.mark.parametrize(
    "name",
    [
        "with_litellm",
        "with_openai",
        "with_async_openai",
        "with_anthropic",
        "with_openai_built_inside",
    ],
)
def test_sdk_pipelines_overlap_like_their_lm_call_twin(server, pipelines, twin_shape, name):
    fn = getattr(pipelines, name)
    sequential, seq_shape, concurrent, par_shape = run_both(server, fn, "owls")
    assert seq_shape == (4, 4, 1)
    assert par_shape == twin_shape
    assert type(concurrent) is type(sequential)  # the SDK's own response type
    assert plain(concurrent) == plain(sequential)


def test_a_sync_openai_client_passed_in_is_recognised_when_the_function_runs(
    server, pipelines, twin_shape
):
    sequential, seq_shape, concurrent, par_shape = run_both(
        server, pipelines.with_openai_passed_in, pipelines.client, "owls"
    )
    assert seq_shape == (4, 4, 1)
    assert par_shape == twin_shape
    assert type(concurrent).__name__ == "ChatCompletion"
    assert plain(concurrent) == plain(sequential)


def test_what_the_sdk_returns_is_returned_as_it_is(server, pipelines):
    import anthropic.types
    import litellm
    import openai.types
    import openai.types.chat

    expected = {
        "with_litellm": litellm.ModelResponse,
        "with_openai": openai.types.chat.ChatCompletion,
        "with_anthropic": anthropic.types.Message,
        "with_openai_built_inside": openai.types.responses.Response,
    }
    for name, cls in expected.items():
        assert isinstance(run_sync(af.concurrent(getattr(pipelines, name))("owls")), cls)


@pytest.mark.parametrize(
    "name", ["with_lm_call", "with_litellm", "with_openai", "with_async_openai", "with_anthropic"]
)
def test_inside_af_map_every_input_overlaps_as_the_twin_does(server, pipelines, name):
    topics = ["owls", "bats", "moths"]
    fn = getattr(pipelines, name)
    server.reset()
    sequential = [sequentially(fn, t) for t in topics]
    server.reset()
    results = af.map_sync(af.concurrent(fn), topics, progress=False)
    assert shape(server) == (12, 3, 6)  # three inputs at once, each two calls then two
    assert [plain(r) for r in results] == [plain(r) for r in sequential]


def test_a_passed_in_client_inside_af_map(server, pipelines):
    compiled = af.concurrent(pipelines.with_openai_passed_in)
    server.reset()
    af.map_sync(functools.partial(compiled, pipelines.client), ["a", "b", "c"], progress=False)
    assert shape(server) == (12, 3, 6)


def test_caps_and_timelines_apply_to_sdk_calls(server, pipelines):
    compiled = af.concurrent(pipelines.with_openai)
    server.reset()

    async def run():
        with af.limits(max_concurrency=1), af.timeline() as tl:
            await compiled("owls")
        return tl

    tl = run_sync(run())
    assert server.peak_in_flight == 1
    assert len(tl.calls) == 4
    assert {c.model for c in tl.calls} == {pipelines.MODEL}
    assert all(c.total_tokens for c in tl.calls)  # the usage the server reported
    assert sorted(c.line for c in tl.calls)[0] > 0


def test_a_receiver_that_is_no_client_at_run_time_runs_as_written(server):
    class NotAClient:
        def __init__(self) -> None:
            self.chat = self
            self.completions = self
            self.seen: list[str] = []

        def create(self, model: str, messages: list) -> str:
            self.seen.append(messages[0]["content"])
            return f"done {len(self.seen)}"

    def pipeline(c, topic: str):
        a = c.chat.completions.create(model="m", messages=[{"role": "user", "content": topic}])
        b = c.chat.completions.create(model="m", messages=[{"role": "user", "content": a}])
        return b

    mine = NotAClient()
    assert run_sync(af.concurrent(pipeline)(mine, "x")) == "done 2"
    assert mine.seen == ["x", "done 1"]
    assert len(server.requests) == 0


def test_import_autoform_imports_no_sdk():
    code = (
        "import sys, autoform; "
        "print(sorted(m for m in ('litellm', 'openai', 'anthropic') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_openai_example_overlaps_its_three_first_calls(server):
    server.latency = LATENCY
    example = load_module(ROOT / "examples" / "openai_pipeline.py")
    ticket = "I was charged twice."
    sequential = example.triage.__wrapped__(ticket)
    assert server.peak_in_flight == 1
    server.reset()
    assert run_sync(example.triage(ticket)) == sequential
    assert shape(server) == (5, 3, 3)


def test_structured_output_and_tool_calls_come_back_whole(server, pipelines):
    from pydantic import BaseModel

    class Verdict(BaseModel):
        label: str
        score: int

    tools = [
        {
            "type": "function",
            "function": {
                "name": "lookup",
                "parameters": {"type": "object", "properties": {"q": {"type": "string"}}},
            },
        }
    ]
    client = pipelines.client

    def pipeline(topic: str):
        verdict = client.chat.completions.parse(
            model="m", messages=[{"role": "user", "content": topic}], response_format=Verdict
        )
        call = client.chat.completions.create(
            model="m",
            messages=[{"role": "user", "content": topic}],
            tools=tools,
            tool_choice="required",
        )
        return verdict.choices[0].message.parsed, call.choices[0].message.tool_calls

    server.reset()
    sequential = pipeline("owls")
    server.reset()
    parsed, tool_calls = run_sync(af.concurrent(pipeline)("owls"))
    assert server.peak_in_flight == 2
    assert isinstance(parsed, Verdict) and parsed == sequential[0]
    assert tool_calls[0].function.name == "lookup"
    assert plain(tool_calls[0].function) == plain(sequential[1][0].function)


def test_litellm_by_name_and_a_router_passed_in(server, pipelines):
    import litellm

    router = litellm.Router(
        model_list=[
            {
                "model_name": "team",
                "litellm_params": {
                    "model": "openai/test-model",
                    "api_base": server.base_url,
                    "api_key": "sk-test",
                },
            }
        ]
    )

    pipeline = pipelines.with_litellm_by_name_and_a_router
    compiled = af.concurrent(pipeline)
    assert "_af.lm_method(completion, ''," in compiled.source
    assert "_af.lm_method(router, 'completion'," in compiled.source
    sequential = pipeline(router, "owls")
    server.reset()
    assert run_sync(compiled(router, "owls")) == sequential
    assert server.peak_in_flight == 2


def test_a_timeline_reads_anthropic_usage(server, pipelines):
    compiled = af.concurrent(pipelines.with_anthropic)

    async def run():
        with af.timeline() as tl:
            await compiled("owls")
        return tl

    tl = run_sync(run())
    assert len(tl.calls) == 4
    assert all(c.total_tokens and c.prompt_tokens for c in tl.calls)


@pytest.mark.parametrize(
    "name",
    [
        "with_litellm",
        "with_openai_passed_in",
        "with_async_openai",
        "with_anthropic",
        "with_openai_built_inside",
    ],
)
def test_autoform_compile_sees_the_same_without_running_the_module(name, capsys, monkeypatch):
    from autoform.cli import main

    monkeypatch.chdir(ROOT)
    assert main([f"tests/sdk_pipelines.py:{name}", "--explain"]) == 0
    out = capsys.readouterr().out
    assert "no LM calls" not in out
    assert "LM calls: 4\n  longest chain of them that wait for one another: 3\n" in out


def test_failures_are_the_sequential_runs(server, pipelines):
    import openai

    def pipeline(c, topic: str):
        a = c.chat.completions.create(model="m", messages=[{"role": "user", "content": topic}])
        b = c.chat.completions.create(
            model="m", messages=[{"role": "user", "content": "no [[status=500]]"}]
        )
        return a, b

    compiled = af.concurrent(pipeline)
    with pytest.raises(openai.InternalServerError):
        run_sync(compiled(pipelines.client, "owls"))
    with pytest.raises(AttributeError, match="chat"):  # no client: the call as written
        run_sync(compiled(object(), "owls"))
