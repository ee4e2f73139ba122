"""A helper with an LM call lets through the StopIteration of a plain helper it calls."""

import autoform as af

CAUSE = "stop-iteration"
ARGS = ([],)


def head(xs):
    return next(iter(xs))


def pick(xs):
    a = af.lm_call([{"role": "user", "content": "pick"}], model="m")
    return a + head(xs)


def main(topics: list[str]):
    try:
        return pick(topics)
    except StopIteration:
        return "nothing"
