"""gen.send() on a generator that finishes: StopIteration escapes the function."""

import autoform as af

CAUSE = "stop-iteration"
ARGS = ("owl",)


def collector():
    got = yield
    yield got.upper()


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    gen = collector()
    next(gen, None)
    shout = gen.send(a)
    gen.send("again")
    return shout
