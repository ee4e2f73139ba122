"""A class's `__call__` is another callable object (not a descriptor: no self passed)."""

import autoform as af

CAUSE = "introspection"
ARGS = ("owls",)
LOG = []


class Asker:
    def __call__(self, q):
        LOG.append("asker")
        return af.lm_call([{"role": "user", "content": q}], model="m")


class Tool:
    __call__ = Asker()


tool = Tool()


def main(q: str):
    a = tool(q)
    b = tool(a[:6])
    return [a, b]
