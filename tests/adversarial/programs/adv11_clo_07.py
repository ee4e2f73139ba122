"""A nested function logs through a closure over a local object whose method is a
bound LOG.append."""

import autoform as af

CAUSE = "closures"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def main(topics: list):
    record = LOG.append

    def audit(r):
        record("got " + r[-6:])

    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        audit(r)
        out.append(r)
    return out
