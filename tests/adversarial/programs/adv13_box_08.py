"""A summariser keeps results in a dict and exposes them through a context dict built
before the map; per-topic summaries are stored and each prompt quotes the context."""

import json

import autoform as af

CAUSE = "loop collection read through an alias"
ARGS = (["owls", "cats", "dogs"],)


def main(topics: list):
    summaries = {}
    context = {"task": "summarise", "done": summaries}
    for t in topics:
        prompt = f"{json.dumps(context, sort_keys=True)}\nNow: {t}"
        summaries[t] = af.lm_call([{"role": "user", "content": prompt}], model="m")
    return summaries
