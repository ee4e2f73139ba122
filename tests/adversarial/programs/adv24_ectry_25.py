"""A helper with a failing check raising inside, called in try/except."""

import logging

import autoform as af

CAUSE = "entry check fails in a helper that raises, caught by caller"
ARGS = ("owls", "cats", "x")
LOG = []


def noted(t, n: int):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %d", n)
    LOG.append(r)
    raise KeyError(r)


def main(a, b, n):
    out = []
    for t in (a, b):
        try:
            out.append(noted(t, n))
        except KeyError as e:
            LOG.append(("caught", str(e)))
            out.append(af.lm_call([{"role": "user", "content": "after" + t}], model="m"))
    return out
