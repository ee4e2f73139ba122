"""A class body binds `__del__` to a lambda that notes the order things are freed in and
whether the loop was done by then."""

import autoform as af

CAUSE = "finalizer"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Wrap:
    __del__ = lambda self: LOG.append(("freed", self.text[3:7], len(LOG)))  # noqa: E731

    def __init__(self, text):
        self.text = text


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topics: list):
    out = []
    for t in topics:
        w = Wrap(ask(t))
        out.append(w.text)
    LOG.append("loop done")
    return out
