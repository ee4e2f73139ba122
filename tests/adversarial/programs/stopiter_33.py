"""A helper with an LM call catches StopIteration, logs it and re-raises; the caller handles it."""

import autoform as af

CAUSE = "stop-iteration"
ARGS = ([],)
LOG = []


def pick(xs):
    a = af.lm_call([{"role": "user", "content": "pick"}], model="m")
    try:
        return a + next(iter(xs))
    except StopIteration:
        LOG.append("empty")
        raise


def main(topics: list[str]):
    try:
        return pick(topics)
    except StopIteration:
        return "nothing"
