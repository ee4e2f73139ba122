"""weakref.finalize through a name bound by assignment at module level; the order of
finalizers relative to the loop's end is logged."""

import weakref

import autoform as af

CAUSE = "finalizer"
ARGS = (["owls", "cats", "dogs"],)
LOG = []
on_free = weakref.finalize


class Box:
    def __init__(self, text):
        self.text = text


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        b = Box(r)
        on_free(b, LOG.append, "freed " + t)
        out.append(b.text)
    LOG.append("loop done")
    return out
