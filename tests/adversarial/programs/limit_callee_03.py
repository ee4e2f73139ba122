"""Nested: the inner helper's argument rebinds both helpers; Python read each name first."""

import autoform as af

CAUSE = "rebind"
ARGS = ("owl",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def shorten(q):
    return af.lm_call([{"role": "user", "content": "short " + q}], model="m")


def swap(q):
    g = globals()
    g["ask"], g["shorten"] = g["shorten"], g["ask"]
    return q.strip()


def main(topic: str):
    a = ask(topic)
    b = ask(shorten(swap(" " + a)))
    c = ask(topic)
    return [a, b, c]
