"""setattr installs `__del__` on a class inside main, before the loop."""

import autoform as af

CAUSE = "finalizer"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Wrap:
    def __init__(self, text):
        self.text = text


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topics: list):
    setattr(Wrap, "__del__", lambda self: LOG.append(("freed", self.text[3:7], len(LOG))))  # noqa: B010
    out = []
    for t in topics:
        w = Wrap(ask(t))
        out.append(w.text)
    LOG.append("loop done")
    return out
