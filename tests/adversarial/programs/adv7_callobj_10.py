"""A class-based decorator: functools.update_wrapper puts `__wrapped__` in the instance's
own `__dict__`; its class `__call__` counts calls."""

import functools

import autoform as af

CAUSE = "introspection"
ARGS = ("owls",)
CALLS = 0


class counted:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn

    def __call__(self, *args):
        global CALLS
        CALLS += 1
        return self.fn(*args)


@counted
def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(q: str):
    a = ask(q)
    b = ask(a[:6])
    c = ask(q + "s")
    return [a, b, c, CALLS]
