"""weakref.finalize callbacks of per-item objects in a loop."""

import autoform as af

CAUSE = "finalizer timing"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


import weakref


class Box:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Box({self.v!r})"


def main(items):
    out = []
    for x in items:
        b = Box(x)
        weakref.finalize(b, LOG.append, "fin " + x)
        out.append(ask(b.v))
    LOG.append("after")
    return out
