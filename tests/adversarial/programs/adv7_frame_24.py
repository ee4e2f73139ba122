"""main checks who called it (inspect.stack()[1].function), to tell a test from a script."""

import inspect

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    caller = inspect.stack(0)[1].function
    a = ask(topic)
    b = ask(topic + "s")
    return [a, b, caller]
