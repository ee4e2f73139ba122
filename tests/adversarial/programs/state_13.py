"""A global rebound (not mutated) by `global` in the function, read by a helper's default."""

import autoform as af

CAUSE = 1
ARGS = ("ferns",)
MODEL = "alpha"


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model=MODEL)


def main(topic: str):
    global MODEL
    a = ask(topic)
    MODEL = "beta"
    b = ask(topic)
    return [a, b]
