"""globals() of the program rebinds the helper inside main."""

import autoform as af

CAUSE = "patch"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def ask_big(q):
    return af.lm_call([{"role": "user", "content": q}], model="big")


def main(topic: str):
    a = ask(topic)
    g = globals()
    g["ask"] = ask_big
    b = ask(a[:8])
    g["ask"] = ask_big.__globals__["ask_small"]
    c = ask(topic + "s")
    return [a, b, c]


ask_small = ask
