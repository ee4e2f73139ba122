"""A weakref.ref with a callback, made through `ref = weakref.ref` inside a helper."""

import weakref

import autoform as af

CAUSE = "finalizer"
ARGS = (["owls", "cats", "dogs"],)
LOG = []
KEEP = []


class Box:
    def __init__(self, text):
        self.text = text


def watch(obj, tag):
    ref = weakref.ref
    KEEP.append(ref(obj, lambda _r: LOG.append(tag)))


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        b = Box(r)
        watch(b, "freed " + t)
        out.append(len(b.text))
    LOG.append("loop done")
    KEEP.clear()
    return out
