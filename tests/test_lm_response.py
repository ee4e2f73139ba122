"""``af.lm_call`` returns what was asked for, ``af.lm_response`` the whole response: structured
output as a validated pydantic instance, tool calls, ``n`` choices, usage, streams consumed;
nothing silently dropped. Both are LM calls to the compiler, the caps, the timeline and the
batch store, checked from the loopback server's side and on the simulated model."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from conftest import wait_until
from pydantic import BaseModel

import autoform as af
from autoform.testing import default_reply

MODEL = "openai/gpt-test"
SIM = "autoform-sim/gpt-test"


class Verdict(BaseModel):
    label: str
    score: int
    reasons: list[str]


TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "lookup",
            "parameters": {
                "type": "object",
                "properties": {"query": {"type": "string"}},
                "required": ["query"],
            },
        },
    }
]


def ask(text: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": text}]


# ----------------------------------------------------------------------------- pipelines


def judged(topic: str) -> tuple[str, str]:
    for_ = [{"role": "user", "content": af.format("Argue for {}.", topic)}]
    against = [{"role": "user", "content": af.format("Argue against {}.", topic)}]
    pro = af.lm_call(for_, model=MODEL, response_format=Verdict)
    con = af.lm_call(against, model=MODEL, response_format=Verdict)
    pro.label = "pro: " + pro.label  # a mutation of a fresh object, seen by the call below
    weigh = [{"role": "user", "content": af.format("Weigh {} and {}.", pro.label, con.label)}]
    return af.lm_call(weigh, model=MODEL), pro.label


def tooled(topic: str) -> list[str]:
    find = [{"role": "user", "content": af.format("Find {}.", topic)}]
    look = [{"role": "user", "content": af.format("Look up {}.", topic)}]
    first = af.lm_response(find, model=MODEL, tools=TOOLS)
    second = af.lm_response(look, model=MODEL, n=2)
    calls = first.choices[0].message.tool_calls
    texts = [c.message.content for c in second.choices]
    return [calls[0].function.name, calls[0].function.arguments, *texts]


def streamed(topic: str) -> tuple[str, str]:
    one = [{"role": "user", "content": af.format("Stream {}.", topic)}]
    two = [{"role": "user", "content": af.format("Also stream {}.", topic)}]
    a = af.lm_call(one, model=MODEL, stream=True)
    b = af.lm_response(two, model=MODEL, stream=True)
    return a, b.choices[0].message.content


def shared(topic: str) -> list[Any]:
    # Changed through a list the analysis must follow: the instance is an object, not a str,
    # so the last call, whose message reads it, waits for the change.
    first_ask = [{"role": "user", "content": af.format("First {}.", topic)}]
    other_ask = [{"role": "user", "content": af.format("Other {}.", topic)}]
    first = af.lm_call(first_ask, model=SIM, response_format=Verdict)
    holder = [first]
    other = af.lm_call(other_ask, model=SIM)
    holder[0].reasons.append(other)
    last = af.lm_call([{"role": "user", "content": first.reasons[-1]}], model=SIM)
    return [first.reasons, last]


# ----------------------------------------------------------------------------- lm_call


def test_a_pydantic_response_format_returns_a_validated_instance(server):
    verdict = af.lm_call(ask("judge owls"), model=MODEL, response_format=Verdict)
    assert isinstance(verdict, Verdict)
    assert verdict.reasons and "judge owls" in verdict.label
    (request,) = server.requests
    assert request.body["response_format"]["type"] == "json_schema"

    # A dict response_format asks for JSON and returns it as text.
    text = af.lm_call(ask("as json"), model=MODEL, response_format={"type": "json_object"})
    assert isinstance(text, str) and text.startswith("{")
    # A reply that does not fit the model raises pydantic's error, not a half-made object.
    with pytest.raises(ValueError, match="validation error"):
        af.lm_call(ask("x [[reply=not json]]"), model=MODEL, response_format=Verdict)


@pytest.mark.parametrize(
    ("kwargs", "says"),
    [({"tools": TOOLS}, "tool_calls"), ({"n": 3}, "n=3 asks for 3")],
)
def test_what_one_text_would_drop_is_refused_before_sending(server, kwargs, says):
    with pytest.raises(TypeError, match=r"af\.lm_response") as raised:
        af.lm_call(ask("hello"), model=MODEL, **kwargs)
    assert says in str(raised.value)
    with pytest.raises(TypeError, match=r"af\.lm_response"):
        asyncio.run(af.lm_call.acall(ask("hello"), model=MODEL, **kwargs))
    assert server.requests == []  # nothing was sent
    # Tools the model may not call leave a text to return.
    text = af.lm_call(ask("hi"), model=MODEL, tools=TOOLS, tool_choice="none")
    assert text == default_reply("gpt-test", ask("hi"))


def test_stream_is_consumed_into_the_text(server):
    plain = af.lm_call(ask("stream me"), model=MODEL)
    streamed_text = af.lm_call(ask("stream me"), model=MODEL, stream=True)
    assert streamed_text == plain == default_reply("gpt-test", ask("stream me"))
    assert asyncio.run(af.lm_call.acall(ask("stream me"), model=MODEL, stream=True)) == plain
    assert [r.body.get("stream", False) for r in server.requests] == [False, True, True]


# ----------------------------------------------------------------------------- lm_response


def test_lm_response_keeps_tool_calls_choices_and_usage(server):
    response = af.lm_response(ask("find owls"), model=MODEL, tools=TOOLS)
    (call,) = response.choices[0].message.tool_calls
    assert call.function.name == "lookup" and "query" in call.function.arguments
    assert response.choices[0].finish_reason == "tool_calls"

    three = asyncio.run(af.lm_response.acall(ask("three"), model=MODEL, n=3))
    texts = [c.message.content for c in three.choices]
    assert texts[0] == default_reply("gpt-test", ask("three")) and len(set(texts)) == 3
    assert three.usage.total_tokens == three.usage.prompt_tokens + three.usage.completion_tokens

    streamed_response = af.lm_response(ask("three"), model=MODEL, stream=True)
    assert streamed_response.choices[0].message.content == texts[0]


def test_the_simulated_model_answers_both(monkeypatch):
    monkeypatch.setenv("AUTOFORM_SIM_LATENCY", "0.01")
    verdict = af.lm_call(ask("sim"), model=SIM, response_format=Verdict)
    assert isinstance(verdict, Verdict) and verdict.label.startswith(f"[{SIM} ")
    response = af.lm_response(ask("sim"), model=SIM, tools=TOOLS, n=2)
    assert [c.finish_reason for c in response.choices] == ["tool_calls", "tool_calls"]
    answered = [*ask("sim"), {"role": "tool", "tool_call_id": "call_sim_0", "content": "ok"}]
    after = af.lm_response(answered, model=SIM, tools=TOOLS)
    assert after.choices[0].message.content.startswith(f"[{SIM} ")
    assert af.lm_call(ask("sim"), model=SIM, stream=True) == af.lm_call(ask("sim"), model=SIM)


# ----------------------------------------------------------------------------- compiled


def test_compiled_lm_response_and_structured_calls_overlap_and_agree(server):
    server.latency = 0.2
    for fn, first, second in [
        (judged, "Argue for owls", "Argue against owls"),
        (tooled, "Find owls", "Look up owls"),
        (streamed, "Stream owls", "Also stream owls"),
    ]:
        server.reset()
        sequential = fn("owls")
        assert server.peak_in_flight == 1
        server.reset()
        compiled = af.concurrent(fn)
        assert asyncio.run(compiled("owls")) == sequential
        assert server.peak_in_flight == 2, fn.__name__
        assert server.overlapped(first, second)
        if fn is judged:  # the mutated label reached the last call, made after the mutation
            assert server.requests[-1].prompt.startswith("Weigh pro: ")


def test_a_structured_result_is_an_object_to_the_analysis(monkeypatch):
    monkeypatch.setenv("AUTOFORM_SIM_LATENCY", "0.01")
    compiled = af.concurrent(shared)
    result = asyncio.run(compiled("owls"))
    assert result == shared("owls")
    assert "re: Other owls." in result[1]  # the last call read the changed object


def test_static_compile_recognises_lm_response(tmp_path):
    from autoform.cli import main

    path = tmp_path / "pipe.py"
    path.write_text(
        "import autoform as af\n\n\n"
        "def two(x: str):\n"
        "    a = af.lm_response([{'role': 'user', 'content': x}], model='m', n=2)\n"
        "    b = af.lm_response([{'role': 'user', 'content': x + '!'}], model='m')\n"
        "    return a, b\n"
    )
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main([f"{path}:two"]) == 0
    assert "gather(" in out.getvalue() and "lm_response.acall" in out.getvalue()


def test_caps_and_timeline_apply_to_lm_response(server):
    server.latency = 0.1
    compiled = af.concurrent(tooled)
    with af.limits(max_concurrency=1), af.timeline() as tl:
        asyncio.run(compiled("bats"))
    assert server.peak_in_flight == 1
    assert [c.name for c in tl.calls] == ["lm_response", "lm_response"]
    assert all(c.total_tokens and c.status == "ok" for c in tl.calls)
    assert all(c.label.startswith(MODEL) for c in tl.calls)  # named by model, as lm_call's


def test_stored_replies_serve_lm_response_and_structured_calls(server, tmp_path):
    def run() -> list[Any]:
        return af.map_sync(
            af.concurrent(judged), ["owls"], cache_dir=tmp_path / "cache", progress=False
        ) + af.map_sync(
            af.concurrent(tooled), ["owls"], cache_dir=tmp_path / "cache", progress=False
        )

    first = run()
    assert len(server.requests) == 5
    assert wait_until(lambda: server.in_flight == 0)
    server.reset()
    # Results are stored per input; drop them so the runs ask their calls again and the
    # stored replies answer them.
    from autoform.store import Store

    store = Store(tmp_path / "cache")
    for key in list(store.cache.iterkeys()):
        if str(key).startswith("result "):
            del store.cache[key]
    store.close()
    assert run() == first
    assert server.requests == []
