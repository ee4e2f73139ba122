"""A callable class whose `__call__` is a staticmethod (no self)."""

import autoform as af

CAUSE = "introspection"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


class Tool:
    __call__ = staticmethod(ask)


tool = Tool()


def main(q: str):
    a = ask(q)
    b = tool(a[:6])
    c = tool(q + "s")
    return [a, b, c]
