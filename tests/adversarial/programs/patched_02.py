"""The function rebinds a global helper name to another function before calling it."""

import autoform as af

CAUSE = 15
ARGS = ("y",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def ask_loud(q):
    return af.lm_call([{"role": "user", "content": q.upper()}], model="m")


def main(topic: str):
    global ask
    a = ask(topic)
    ask = ask_loud
    b = ask(topic)
    return [a, b]
