"""A StopIteration out of gen.send(), caught in the function: it never leaves."""

import autoform as af

CAUSE = "stop-iteration"
ARGS = ("owl",)


def once():
    got = yield
    yield got


def main(topic: str):
    gen = once()
    next(gen, None)
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    first = gen.send(a)
    try:
        more = gen.send(a + "?")
    except StopIteration:
        more = "none left"
    b = af.lm_call([{"role": "user", "content": more}], model="m")
    return [first, b]
