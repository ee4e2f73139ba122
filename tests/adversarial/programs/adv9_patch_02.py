"""`af.lm_call = ...` inside main (a plain attribute assignment), restored afterwards."""

import autoform as af

CAUSE = "patch"
ARGS = ("owls",)


def canned(messages, model=None, **kw):
    return "canned " + messages[-1]["content"][:6]


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(topic)
    real = af.lm_call
    af.lm_call = canned
    b = ask(a[:8])
    af.lm_call = real
    c = ask(topic + "s")
    return [a, b, c]
