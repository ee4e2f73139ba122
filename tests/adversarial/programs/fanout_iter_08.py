"""zip() of a list and an infinite generator that logs each draw."""

import itertools

import autoform as af

CAUSE = 8
ARGS = (["x", "y"],)
LOG = []


def ids():
    for i in itertools.count():
        LOG.append(i)
        yield i


def main(items: list):
    out = []
    for i, it in zip(ids(), items, strict=False):
        out.append(af.lm_call([{"role": "user", "content": f"{i}{it}"}], model="m"))
    return out
