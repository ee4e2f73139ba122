"""A helper that asks only when a module flag is on; the function turns it on midway."""

import autoform as af

CAUSE = 1
ARGS = ("owl",)
ENABLED = [False]


def maybe_ask(q):
    if ENABLED[0]:
        return af.lm_call([{"role": "user", "content": q}], model="m")
    return "disabled"


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "start"}], model="m")
    first = maybe_ask(topic)
    ENABLED[0] = True
    second = maybe_ask(topic)
    return [a, first, second]
