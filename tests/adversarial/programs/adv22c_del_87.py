"""Objects with __del__ rebound each iteration of a collecting loop."""

import autoform as af

CAUSE = "__del__ timing in fanned loop"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")



class Tracker:
    def __init__(self, v):
        self.v = v
        LOG.append(("new", v))

    def __del__(self):
        LOG.append(("del", self.v))

    def __repr__(self):
        return f"Tracker({self.v!r})"


def main(items):
    out = []
    for x in items:
        t = Tracker(x)
        out.append(ask(t.v))
    LOG.append("end")
    return out
