"""A helper with an LM call sends a value into a finished generator; the caller handles it."""

import autoform as af

CAUSE = "stop-iteration"
ARGS = ("owl",)


def echo():
    got = yield
    yield got


def relay(q):
    a = af.lm_call([{"role": "user", "content": q}], model="m")
    gen = echo()
    next(gen, None)
    gen.send(a)
    return gen.send(a)


def main(topic: str):
    try:
        return relay(topic)
    except StopIteration:
        return "generator finished"
