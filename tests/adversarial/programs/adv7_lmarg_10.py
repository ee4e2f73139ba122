"""af.lm_response with a document whose `__str__` logs, then a print after each call."""

import autoform as af

CAUSE = "client"
ARGS = ("owls",)
LOG = []


class Doc:
    def __init__(self, text):
        self.text = text

    def __repr__(self):
        LOG.append("render " + self.text)
        return self.text

    __str__ = __repr__


def main(q: str):
    r1 = af.lm_response([{"role": "user", "content": Doc(q)}], model="m")
    LOG.append("one")
    r2 = af.lm_response([{"role": "user", "content": Doc(q + "s")}], model="m")
    LOG.append("two")
    return [str(r1)[:40], str(r2)[:40]]
