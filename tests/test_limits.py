"""Caps on the LM calls in flight, observed from the server's side."""

from __future__ import annotations

import asyncio

import pytest
from conftest import CASES, load_module

import autoform as af


@pytest.fixture
def wide(server):
    """The loopback server (50 ms a call) and a fan-out pipeline's original function."""
    server.latency = 0.05
    return server, load_module(CASES / "fan_out_wide.py").pipeline.__wrapped__


def items(n: int) -> list[str]:
    return [f"{i}" for i in range(n)]


def test_without_a_cap_every_item_is_in_flight(wide):
    server, pipeline = wide
    with af.lm_client(_OpenAIModel()):
        asyncio.run(af.concurrent(pipeline)(items(12)))
    assert server.peak_in_flight == 12


def test_program_cap_bounds_the_calls_in_flight(wide):
    server, pipeline = wide
    capped = af.concurrent(pipeline, max_concurrency=3)
    with af.lm_client(_OpenAIModel()):
        answers = asyncio.run(capped(items(12)))
    assert len(answers) == 12
    assert server.peak_in_flight == 3
    assert capped.source == af.concurrent(pipeline).source


def test_limits_block_and_per_model_caps_are_shared(wide):
    server, pipeline = wide
    fast = af.concurrent(pipeline)

    async def two_programs():
        return await asyncio.gather(fast(items(6)), fast(items(6)))

    with af.lm_client(_OpenAIModel()), af.limits(max_concurrency=4):
        asyncio.run(two_programs())
    assert server.peak_in_flight == 4
    server.reset()
    with af.lm_client(_OpenAIModel()), af.limits(per_model={"m": 2, "other": 9}):
        asyncio.run(two_programs())
    assert server.peak_in_flight == 2


def test_sched_takes_a_cap(wide):
    server, pipeline = wide
    ir = af.trace(pipeline)(["x"])
    with af.lm_client(_OpenAIModel()):
        asyncio.run(af.sched(ir, max_concurrency=5).acall(items(10)))
    assert server.peak_in_flight == 5


def test_a_cap_must_be_positive():
    with pytest.raises(ValueError, match="at least 1"), af.limits(max_concurrency=0):
        pass


class _OpenAIModel:
    """Sends model "m" to the loopback server through LiteLLM's OpenAI path."""

    async def acompletion(self, *, model, messages, **kwargs):
        import litellm

        return await litellm.acompletion(
            model=f"openai/{model}", messages=messages, num_retries=0, **kwargs
        )

    def completion(self, *, model, messages, **kwargs):
        import litellm

        return litellm.completion(model=f"openai/{model}", messages=messages, **kwargs)
