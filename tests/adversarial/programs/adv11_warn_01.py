"""A helper warns when a reply is short; warnings are recorded by a catch_warnings in main."""

import warnings

import autoform as af

CAUSE = "warnings"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def check(r):
    if len(r) < 100:
        warnings.warn("short reply " + r[:10])
    return r


def main(topics: list):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        out = [check(af.lm_call([{"role": "user", "content": t}], model="m")) for t in topics]
    LOG.extend(str(x.message) for x in w)
    return out
