"""A generator-based helper drives another generator with next() and a default."""

import autoform as af

CAUSE = 13
ARGS = ("owl",)


def firsts(gen):
    return next(gen, "empty")


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    g = (c for c in a if c == "#")
    return a + firsts(g) + next(g)
