"""weakref.ref with a callback, its arguments spread from a tuple."""

import weakref

import autoform as af

CAUSE = "finalizer"
ARGS = (["owls", "cats", "dogs"],)
LOG = []
_refs = []


class Answer:
    def __init__(self, text):
        self.text = text
        _refs.append(weakref.ref(*(self, lambda r, t=text: LOG.append("freed " + t))))


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topics: list):
    out = []
    for t in topics:
        a = Answer(ask(t))
        out.append(a.text)
    LOG.append("loop done")
    return out
