"""A document's `__str__` fails on the first call while an independent call is in flight;
the second document logs its render."""

import autoform as af

CAUSE = "client"
ARGS = ("owls",)
LOG = []


class Doc:
    def __init__(self, text, ok=True):
        self.text, self.ok = text, ok

    def __repr__(self):
        if not self.ok:
            raise RuntimeError("broken doc " + self.text)
        LOG.append("render " + self.text)
        return self.text

    __str__ = __repr__


def main(q: str):
    a = af.lm_call([{"role": "user", "content": Doc(q, ok=False)}], model="m")
    b = af.lm_call([{"role": "user", "content": Doc(q + "s")}], model="m")
    return [a, b]
