"""A helper numbers what it has seen in a module dict; the loop collects its replies."""

import autoform as af

CAUSE = 3
ARGS = (["a", "bb", "ccc", "dddd", "eeeee"],)
SEEN = {}


def tally(q):
    r = af.lm_call([{"role": "user", "content": q}], model="m")
    SEEN[q] = len(SEEN)
    return r


def main(items: list):
    out = []
    for q in items:
        out.append(tally(q))
    return out
