"""Nested fan-outs: each inner call's message holds a document that logs; the outer item's
own call holds one too and uses the inner results."""

import autoform as af

CAUSE = "turns"
ARGS = (["owls", "cats", "dogs"], ["size", "diet"])
LOG = []


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        LOG.append(self.text[:12])
        return self.text

    __repr__ = __str__


def ask(d):
    return af.lm_call([{"role": "user", "content": d}], model="m")


def main(topics: list, aspects: list):
    out = []
    for t in topics:
        parts = []
        for a in aspects:
            parts.append(ask(Doc(t + " " + a)))
        out.append(ask(Doc(t + ": " + " | ".join(p[-6:] for p in parts))))
    return out
