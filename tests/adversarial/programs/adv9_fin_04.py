"""A class made with type() whose namespace holds a `__del__` noting whether a loop runs."""

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


def _init(self, text):
    self.text = text


Wrap = type("Wrap", (), {"__init__": _init, "__del__": _note})


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
