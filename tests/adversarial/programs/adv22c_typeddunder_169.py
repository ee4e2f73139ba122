"""A class built with type() whose __str__ logs, formatted after each fanned call."""

import autoform as af

CAUSE = "dunder given through type() namespace dict"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def _str(self):
    LOG.append("str " + self.v)
    return self.v


def _init(self, v):
    self.v = v


Rec = type("Rec", (), {"__init__": _init, "__str__": _str, "__repr__": lambda self: "Rec()"})


def show(x):
    r = ask(x)
    LOG.append("got " + r)
    return str(Rec(r))


def main(items):
    return [show(x) for x in items]
