"""Under af.limits(max_concurrency=1), nested loops of calls holding documents that log;
one inner call fails and the failure is caught per row."""

import autoform as af

CAUSE = "messages"
ARGS = (["owls", "cats"], ["size", "bad", "diet"])
FAIL = ["owls bad"]
LOG = []


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        LOG.append(self.text)
        return self.text

    __repr__ = __str__


def main(topics: list, aspects: list):
    out = []
    with af.limits(max_concurrency=1):
        for t in topics:
            try:
                row = [
                    af.lm_call([{"role": "user", "content": Doc(t + " " + a)}], model="m")
                    for a in aspects
                ]
            except RuntimeError:
                row = None
            out.append(row)
    return out
