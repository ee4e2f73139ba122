"""`__del__` is added to a class after its definition; each item of a loop rebinds a name to
one, and the finalizer notes whether an event loop runs as it is freed."""

import asyncio

import autoform as af

CAUSE = "finalizer"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Wrap:
    def __init__(self, text):
        self.text = text


def _freed(self):
    try:
        asyncio.get_running_loop()
        LOG.append("loop")
    except RuntimeError:
        LOG.append("no loop")


Wrap.__del__ = _freed


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topics: list):
    out = []
    for t in topics:
        w = Wrap(ask(t))
        out.append(w.text)
    del w
    LOG.append("done")
    return out
