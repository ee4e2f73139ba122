"""`or` chain of helpers: the first truthy stops the chain."""

import autoform as af

CAUSE = 6
ARGS = ("q",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(q: str):
    return ask("first " + q) or ask("second " + q) or ask("third " + q)
