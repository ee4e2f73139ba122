"""A document's `__str__` raises for one item; the loop catches it per item."""

import autoform as af

CAUSE = "turns"
ARGS = (["owls", "bad", "cats"],)
LOG = []


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        LOG.append(self.text)
        if self.text == "bad":
            raise ValueError("cannot render bad")
        return self.text

    __repr__ = __str__


def main(topics: list):
    out = []
    for t in topics:
        try:
            out.append(af.lm_call([{"role": "user", "content": Doc(t)}], model="m"))
        except ValueError as exc:
            out.append(str(exc))
    return out
