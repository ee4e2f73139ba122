"""A callable whose `__hash__` and `__eq__` log (an entity compared by value)."""

import autoform as af

CAUSE = "introspection"
ARGS = ("owls",)
LOG = []


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


class Tool:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        LOG.append("hash")
        return hash(self.name)

    def __eq__(self, other):
        LOG.append("eq")
        return isinstance(other, Tool) and other.name == self.name

    def __call__(self, text):
        return ask(self.name + " " + text[:6])


tool = Tool("summarize")


def main(q: str):
    a = ask(q)
    b = tool(a)
    c = tool(q)
    return [a, b, c]
