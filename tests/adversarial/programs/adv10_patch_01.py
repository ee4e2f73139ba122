"""A helper's keyword-only default is replaced through `__kwdefaults__` between calls."""

import autoform as af

CAUSE = "patch"
ARGS = ("owls",)


def ask(q, *, model="m"):
    return af.lm_call([{"role": "user", "content": q}], model=model)


def main(topic: str):
    a = ask(topic)
    ask.__kwdefaults__ = {"model": "other"}
    b = ask(topic + "s")
    ask.__kwdefaults__ = {"model": "m"}
    return [a, b]
