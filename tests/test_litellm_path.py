"""The real LiteLLM path, against the loopback OpenAI-compatible server: the seed program
configured the way LiteLLM users configure a provider, with overlap asserted from the
server's side (requests in flight), not from timings."""

from __future__ import annotations

import asyncio

import pytest
from conftest import ROOT, load_module

import autoform as af


@pytest.fixture(scope="module")
def seed():
    return load_module(ROOT / "tests" / "seed_program.py", "seed_program")


def test_seed_sequential_and_scheduled_agree_and_overlap(server, seed):
    server.latency = 0.2
    ir = af.trace(seed.research)("recursion")
    scheduled = af.sched(ir)

    sequential = ir.call("recursion")
    assert server.peak_in_flight == 1
    assert len(server.requests) == 4

    server.reset()
    parallel = asyncio.run(scheduled.acall("recursion"))
    assert parallel == sequential
    assert len(server.requests) == 4
    # The first two calls were in flight together, and never more than two at once.
    assert server.peak_in_flight == 2
    assert server.overlapped("Summarize recursion", "Give one concrete analogy for recursion")
    first, second, third, fourth = server.requests
    assert {first.prompt, second.prompt} == {
        "Summarize recursion in two sentences.",
        "Give one concrete analogy for recursion.",
    }
    assert third.start >= max(first.end, second.end)  # combine waits for both
    assert fourth.start >= third.end


def test_synchronous_entry_point_reuses_one_loop(server, seed):
    server.latency = 0.1
    scheduled = af.sched(af.trace(seed.research)("loops"))
    answers = [scheduled.call("loops") for _ in range(2)]
    assert answers[0] == answers[1]
    assert server.peak_in_flight == 2


def test_extra_keyword_arguments_reach_litellm(server):
    reply = af.lm_call(
        [{"role": "user", "content": "hello [[reply=custom text]]"}],
        model="openai/any-chat-model",
        temperature=0,
        max_tokens=5,
        num_retries=0,
    )
    assert reply == "custom text"


def test_a_failing_call_raises_litellms_error(server):
    import litellm

    with pytest.raises(litellm.exceptions.InternalServerError):
        af.lm_call(
            [{"role": "user", "content": "boom [[status=500]]"}], model="gpt-5.5", num_retries=0
        )


def test_lm_client_routes_calls_through_a_router(server):
    import litellm

    router = litellm.Router(
        model_list=[
            {
                "model_name": "team-model",
                "litellm_params": {
                    "model": "openai/any-model",
                    "api_base": server.base_url,
                    "api_key": "sk-test",
                },
            }
        ]
    )
    with af.lm_client(router):
        reply = asyncio.run(
            af.lm_call.acall([{"role": "user", "content": "via router"}], model="team-model")
        )
    assert reply
    assert server.requests[-1].model == "any-model"


def test_simulated_model_is_deterministic_and_named():
    msgs = [{"role": "user", "content": "tell me about owls"}]
    first = af.lm_call(msgs, model="autoform-sim/test", latency=0)
    again = asyncio.run(af.lm_call.acall(msgs, model="autoform-sim/test", latency=0))
    assert first == again
    assert first.startswith("[autoform-sim/test ")
    assert "tell me about owls" in first


def test_a_call_starts_when_its_inputs_are_ready_not_in_program_order(server, tmp_path):
    # `slow` is first in program order; `follow_up` needs only `fast`: it must start when
    # `fast` is done, while `slow` is still in flight (seen from the server's side).
    path = tmp_path / "shape.py"
    path.write_text(
        "import autoform as af\n\n\ndef ask(text):\n"
        "    return af.lm_call([{'role': 'user', 'content': text}], model='gpt-5.5')\n\n\n"
        "def pipeline(topic: str):\n"
        "    slow = ask(topic + ' slow [[latency=0.6]]')\n"
        "    fast = ask(topic + ' fast [[latency=0.05]]')\n"
        "    follow_up = ask(af.format('after {} [[latency=0.05]]', fast))\n"
        "    return [slow, follow_up]\n"
    )
    module = load_module(path)
    compiled = af.concurrent(module.pipeline)
    assert "_follow_up_chain" in compiled.source
    got = asyncio.run(compiled("owls"))
    assert got == module.pipeline("owls")
    assert len(server.requests) == 6  # three each way
    first_three = server.requests[:3]
    (follow,) = [r for r in first_three if r.prompt.startswith("after")]
    (slow,) = [r for r in first_three if r.prompt.startswith("owls slow")]
    (fast,) = [r for r in first_three if r.prompt.startswith("owls fast")]
    assert follow.start >= fast.end
    assert follow.end <= slow.end  # it did not wait for the slow call ahead of it
    assert server.overlapped("slow", "after")


def test_cancelling_the_caller_closes_every_request_in_flight(server, seed):
    # A timeout around a scheduled run: both calls in flight are cancelled, and the server
    # sees their connections close (it records a request the client hung up on).
    af.lm_call([{"role": "user", "content": "warm up"}], model="gpt-5.5")  # import LiteLLM
    server.reset()
    server.latency = 5.0
    scheduled = af.sched(af.trace(seed.research)("recursion"))

    async def run_with_timeout():
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(scheduled.acall("recursion"), timeout=0.5)
        for _ in range(100):  # the server notices a hang-up on its own loop
            if all(r.end is not None for r in server.requests):
                break
            await asyncio.sleep(0.02)
        leftover = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        return leftover

    leftover = asyncio.run(run_with_timeout())
    assert len(server.requests) == 2
    assert all(r.cancelled for r in server.requests)
    assert server.in_flight == 0
    assert not [t for t in leftover if "autoform" in repr(t.get_coro())]


def test_under_a_cap_the_longest_chain_asks_first(server):
    module = load_module(ROOT / "tests" / "cases" / "uneven_chains.py")
    capped = af.concurrent(module.pipeline.__wrapped__, max_concurrency=1)
    asyncio.run(capped("owls", model="gpt-5.5"))
    assert server.peak_in_flight == 1
    # `research` comes first in the program, but `outline` heads a chain of two calls.
    assert server.requests[0].prompt.startswith("Outline an essay")


def heads(topic: str) -> tuple:
    first = af.lm_call([{"role": "user", "content": "first " + topic}], model="gpt-5.5")
    second = af.lm_call([{"role": "user", "content": "second " + topic}], model="gpt-5.5")
    aside = af.lm_call([{"role": "user", "content": "aside " + topic}], model="gpt-5.5")
    both = af.lm_call([{"role": "user", "content": first + second}], model="gpt-5.5")
    return both, aside


def test_under_a_cap_calls_gathered_in_place_do_not_ask_after_a_shorter_path(server):
    # `first` and `second` are taken together and lead to `both`; `aside` leads nowhere and
    # starts early as a task. The gather's calls must still ask for the one place before it.
    capped = af.concurrent(heads, max_concurrency=1)
    assert asyncio.run(capped("owls")) == heads("owls")
    assert server.peak_in_flight == 1
    assert [r.prompt for r in server.requests[:2]] == ["first owls", "second owls"]
