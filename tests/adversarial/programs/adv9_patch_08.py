"""main swaps a helper's code object (`__code__`) for another's, then calls the helper."""

import autoform as af

CAUSE = "patch"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def ask_big(q):
    return af.lm_call([{"role": "user", "content": q}], model="big")


def main(topic: str):
    a = ask(topic)
    saved = ask.__code__
    ask.__code__ = ask_big.__code__
    b = ask(a[:8])
    ask.__code__ = saved
    c = ask(topic + "s")
    return [a, b, c]
