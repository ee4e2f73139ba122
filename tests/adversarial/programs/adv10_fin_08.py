"""A class made with type() whose namespace dict gets a finalizer under a key built at run
time."""

import autoform as af

CAUSE = "finalizer"
ARGS = (["owls", "cats", "dogs"],)
LOG = []
KEY = "_".join(["", "", "del", "", ""])


def _freed(self):
    LOG.append("freed " + self.text[3:7])


def _init(self, text):
    self.text = text


Box = type("Box", (), {"__init__": _init, KEY: _freed})


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(Box(r).text)
    LOG.append("loop done")
    return out
