"""`in` membership test using a logging __eq__ between two calls."""

import autoform as af

CAUSE = "__eq__ side effect hidden in `in`"
ARGS = ("owls", "cats")
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        LOG.append(("eq", self.v))
        return self.v == other

    __hash__ = None

    def __repr__(self):
        return f"Key({self.v!r})"


def main(a, b):
    keys = [Key("x"), Key("y")]
    ra = ask(a)
    seen = ra in keys
    rb = ask(b)
    return seen, rb
