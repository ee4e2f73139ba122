"""A tuple of three calls with documents (gathered); the first fails and is caught."""

import autoform as af

CAUSE = "turns"
ARGS = ("bad", "cats", "dogs")
FAIL = ["bad"]
LOG = []


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        LOG.append(self.text)
        return self.text

    __repr__ = __str__


def ask(d):
    return af.lm_call([{"role": "user", "content": d}], model="m")


def main(x: str, y: str, z: str):
    try:
        got = (ask(Doc(x)), ask(Doc(y)), ask(Doc(z)))
    except RuntimeError as exc:
        LOG.append("caught " + str(exc))
        got = None
    return got
