"""A StopIteration out of an unknown call whose result a later LM call needs (a chain)."""

import autoform as af

CAUSE = "stop-iteration"
ARGS = ("owl",)


def relay():
    got = yield
    yield got


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    gen = relay()
    next(gen, None)
    a = ask(topic)
    b = ask(gen.send(a) + "?")
    c = ask(gen.send(b) + "!")
    d = ask(topic + " again")
    return [a, b, c, d]
