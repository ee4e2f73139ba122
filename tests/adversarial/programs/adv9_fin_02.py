"""A class body binds `__del__` to a module function (an assignment, not a def); loop items
rebind a name to one, and it notes whether an event loop runs as it is freed."""

import asyncio

import autoform as af

CAUSE = "finalizer"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def _note(self):
    try:
        asyncio.get_running_loop()
        LOG.append("loop " + self.text[3:7])
    except RuntimeError:
        LOG.append("no loop " + self.text[3:7])


class Wrap:
    __del__ = _note

    def __init__(self, text):
        self.text = text


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
