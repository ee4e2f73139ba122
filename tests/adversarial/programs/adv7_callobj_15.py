"""A callable object whose `__dict__` is a property that logs (slots-like storage)."""

import autoform as af

CAUSE = "introspection"
ARGS = ("owls",)
LOG = []


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


class Tool:
    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name

    def __call__(self, text):
        return ask(self.name + " " + text[:6])

    def __getattr__(self, attr):
        LOG.append(attr)
        raise AttributeError(attr)


tool = Tool("slots")


def main(q: str):
    a = ask(q)
    b = tool(a)
    return [a, b]
