"""Under af.limits(max_concurrency=1), nested loops where the inner call's document holds
the outer item's answer (a chain inside a fan-out)."""

import autoform as af

CAUSE = "turns"
ARGS = (["owls", "cats"], ["size", "diet", "range"])
LOG = []


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        LOG.append(self.text[:14])
        return self.text

    __repr__ = __str__


def ask(x):
    return af.lm_call([{"role": "user", "content": Doc(x)}], model="m")


def main(topics: list, aspects: list):
    out = {}
    with af.limits(max_concurrency=1):
        for t in topics:
            head = ask(t)
            out[t] = [ask(head[-8:] + a) for a in aspects]
    return out
