"""next() on a module-level itertools.cycle of an empty list: it is exhausted at once."""

import itertools

import autoform as af

CAUSE = "stop-iteration"
ARGS = ("owl",)
MODELS = itertools.cycle([])


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    model = next(MODELS)
    return af.lm_call([{"role": "user", "content": a}], model=model)
