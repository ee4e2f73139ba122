"""A generator with try/finally around its yield, behind an identity decorator: it is
decorated, so perhaps not seen; it is closed when freed, inside each loop item."""

import autoform as af

CAUSE = "finalizer"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def plain(fn):
    return fn


@plain
def words(text):
    try:
        yield from text.split()
    finally:
        LOG.append("closed " + text[:12])


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t + " a b"}], model="m")
        out.append(next(words(r), None))
    LOG.append("loop done")
    return out
