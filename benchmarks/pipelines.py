"""The pipelines the benchmarks run: the seed, compiled by autoform, and the same calls
written by hand with asyncio.gather (what a careful user would write)."""

import asyncio
import sys
from pathlib import Path

import autoform as af

# The seed, as the example writes it (it reads the model from its module at call time).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "examples"))
import research as example

example.MODEL = MODEL = "openai/bench-model"
research = example.research


async def research_by_hand(topic: str) -> str:
    summary_prompt = af.format("Summarize {} in two sentences.", topic)
    analogy_prompt = af.format("Give one concrete analogy for {}.", topic)
    summary_msg = dict(role="user", content=summary_prompt)
    analogy_msg = dict(role="user", content=analogy_prompt)
    summary, analogy = await asyncio.gather(
        af.lm_call.acall([summary_msg], model=MODEL),
        af.lm_call.acall([analogy_msg], model=MODEL),
    )
    join_template = "Combine these notes.\nsummary: {}\nanalogy: {}"
    join_prompt = af.format(join_template, summary, analogy)
    join_msg = dict(role="user", content=join_prompt)
    combined = await af.lm_call.acall([join_msg], model=MODEL)
    final_prompt = af.format("Rewrite this as a crisp answer:\n{}", combined)
    final_msg = dict(role="user", content=final_prompt)
    return await af.lm_call.acall([final_msg], model=MODEL)
