"""af.format with a document whose __str__ logs, a print between two formats."""

import autoform as af

CAUSE = "dunder"
ARGS = ("owls",)
LOG = []


class Doc:
    def __init__(self, t):
        self.t = t

    def __str__(self):
        LOG.append("str " + self.t)
        return self.t


def main(topic: str):
    p1 = af.format("Summarise {}", Doc(topic))
    a = af.lm_call([{"role": "user", "content": p1}], model="m")
    LOG.append("between")
    p2 = af.format("Critique {}", Doc(topic + "s"))
    b = af.lm_call([{"role": "user", "content": p2}], model="m")
    return [a, b]
