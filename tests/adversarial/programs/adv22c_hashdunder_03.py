"""dict insertion of object with logging __hash__, then second call."""

import autoform as af

CAUSE = "__hash__ side effect"
ARGS = ("owls", "cats")
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        LOG.append("hash:" + self.v)
        return hash(self.v)

    def __eq__(self, o):
        return isinstance(o, H) and o.v == self.v

    def __repr__(self):
        return f"H({self.v!r})"


def main(a, b):
    d = {}
    d[H(a)] = 1
    ra = ask(a)
    rb = ask(b)
    d[H(rb)] = 2
    return sorted(map(repr, d)), ra
