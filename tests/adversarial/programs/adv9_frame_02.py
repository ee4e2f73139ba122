"""inspect is bound to a short name by assignment (not an import) and its stack is read."""

import inspect

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)
I = inspect  # noqa: E741


def ask(q):
    where = I.stack()[2].function
    return af.lm_call([{"role": "user", "content": where + ": " + q}], model="m")


def main(topic: str):
    a = ask(topic)
    b = ask(a[:8])
    return [a, b]
