"""A helper with an LM call uses next() without a default; the caller has a handler."""

import autoform as af

CAUSE = "stop-iteration"
ARGS = ([],)


def pick(xs):
    a = af.lm_call([{"role": "user", "content": "pick"}], model="m")
    return a + next(iter(xs))


def main(topics: list[str]):
    try:
        return pick(topics)
    except StopIteration:
        return "nothing"
