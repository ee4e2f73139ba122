"""The argument of a helper call rebinds that helper: Python already looked the name up."""

import autoform as af

CAUSE = "rebind"
ARGS = ("owl",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def ask_big(q):
    return af.lm_call([{"role": "user", "content": q}], model="big")


def upgrade(q):
    globals()["ask"] = ask_big
    return q + "!"


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    b = ask(upgrade(a))
    c = ask(topic)
    return [a, b, c]
