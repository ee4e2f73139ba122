"""A validator raises a user exception (whose __init__ logs) for bad replies; two items are
bad, the earlier one must win."""

import autoform as af

CAUSE = "exceptions"
ARGS = (["owls", "cats", "dogs", "bees"],)
LOG = []


class Invalid(Exception):
    def __init__(self, t):
        LOG.append("invalid " + t)
        super().__init__(t)


def validate(t, r):
    if t in ("cats", "bees"):
        raise Invalid(t)
    return r


def main(topics: list):
    out = []
    for t in topics:
        out.append(validate(t, af.lm_call([{"role": "user", "content": t}], model="m")))
    return out
