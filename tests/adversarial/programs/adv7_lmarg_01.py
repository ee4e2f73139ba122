"""A document's `__str__` logs that it was read; main logs after each call."""

import autoform as af

CAUSE = "client"
ARGS = ("owls",)
LOG = []


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        LOG.append("read " + self.text)
        return self.text

    __repr__ = __str__


def main(q: str):
    a = af.lm_call([{"role": "user", "content": Doc(q)}], model="m")
    LOG.append("asked 1")
    b = af.lm_call([{"role": "user", "content": Doc(q + "s")}], model="m")
    LOG.append("asked 2")
    return [a, b]
