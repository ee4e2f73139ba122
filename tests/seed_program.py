"""The seed document's pipeline, unchanged (model "gpt-5.5", provider from the environment)."""

import autoform as af


def research(topic: str) -> str:
    summary_prompt = af.format("Summarize {} in two sentences.", topic)
    analogy_prompt = af.format("Give one concrete analogy for {}.", topic)
    summary_msg = dict(role="user", content=summary_prompt)
    analogy_msg = dict(role="user", content=analogy_prompt)
    summary = af.lm_call([summary_msg], model="gpt-5.5")
    analogy = af.lm_call([analogy_msg], model="gpt-5.5")
    join_prompt = af.format("Combine these notes.\nsummary: {}\nanalogy: {}", summary, analogy)
    combined = af.lm_call([dict(role="user", content=join_prompt)], model="gpt-5.5")
    final_prompt = af.format("Rewrite this as a crisp answer:\n{}", combined)
    return af.lm_call([dict(role="user", content=final_prompt)], model="gpt-5.5")
