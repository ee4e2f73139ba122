"""weakref.finalize bound to a module-level name by assignment, then called for each answer made."""

import weakref

import autoform as af

CAUSE = "finalizer"
ARGS = (["owls", "cats", "dogs"],)
LOG = []
on_free = weakref.finalize


class Answer:
    def __init__(self, text):
        self.text = text
        on_free(self, LOG.append, "freed " + text)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topics: list):
    out = []
    for t in topics:
        a = Answer(ask(t))
        out.append(a.text)
    LOG.append("loop done")
    return out
