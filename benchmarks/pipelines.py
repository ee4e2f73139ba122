"""The pipelines the benchmarks run: the seed, compiled by autoform, and the same calls
written by hand with asyncio.gather (what a careful user would write)."""

import asyncio

import autoform as af

MODEL = "openai/bench-model"


def research(topic: str) -> str:
    summary_prompt = af.format("Summarize {} in two sentences.", topic)
    analogy_prompt = af.format("Give one concrete analogy for {}.", topic)
    summary_msg = dict(role="user", content=summary_prompt)
    analogy_msg = dict(role="user", content=analogy_prompt)
    summary = af.lm_call([summary_msg], model=MODEL)
    analogy = af.lm_call([analogy_msg], model=MODEL)
    join_prompt = af.format("Combine these notes.\nsummary: {}\nanalogy: {}", summary, analogy)
    combined = af.lm_call([dict(role="user", content=join_prompt)], model=MODEL)
    final_prompt = af.format("Rewrite this as a crisp answer:\n{}", combined)
    return af.lm_call([dict(role="user", content=final_prompt)], model=MODEL)


async def research_by_hand(topic: str) -> str:
    summary_prompt = af.format("Summarize {} in two sentences.", topic)
    analogy_prompt = af.format("Give one concrete analogy for {}.", topic)
    summary_msg = dict(role="user", content=summary_prompt)
    analogy_msg = dict(role="user", content=analogy_prompt)
    summary, analogy = await asyncio.gather(
        af.lm_call.acall([summary_msg], model=MODEL),
        af.lm_call.acall([analogy_msg], model=MODEL),
    )
    join_prompt = af.format("Combine these notes.\nsummary: {}\nanalogy: {}", summary, analogy)
    combined = await af.lm_call.acall([dict(role="user", content=join_prompt)], model=MODEL)
    final_prompt = af.format("Rewrite this as a crisp answer:\n{}", combined)
    return await af.lm_call.acall([dict(role="user", content=final_prompt)], model=MODEL)
