"""Tools held in a global dict, each a callable object, called by name."""

import autoform as af

CAUSE = "introspection"
ARGS = ("owls",)
LOG = []


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


class Tool:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Tool(" + self.name + ")"

    def __getattr__(self, attr):
        LOG.append(attr)
        raise AttributeError(attr)

    def __call__(self, text):
        return ask(self.name + " " + text[:6])


TOOLS = {"sum": Tool("sum"), "tag": Tool("tag")}


def main(q: str):
    a = TOOLS["sum"](q)
    b = TOOLS["tag"](q + "s")
    return [a, b]
