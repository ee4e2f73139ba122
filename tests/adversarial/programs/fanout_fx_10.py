"""A helper appends to a module list that is also what the loop returns at the end."""

import autoform as af

CAUSE = 3
ARGS = (["k", "l", "m"],)
TRAIL = []


def ask(q):
    r = af.lm_call([{"role": "user", "content": q}], model="m")
    TRAIL.append(q)
    return r


def main(items: list):
    out = {}
    for q in items:
        out[q] = ask(q)
    return [out, list(TRAIL)]
