"""Nonlocal counter bumped by an inner function called in the loop."""

import autoform as af

CAUSE = "nonlocal counter"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    n = 0

    def bump():
        nonlocal n
        n += 1
        return n

    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} {bump()}"}], model="m")
        out.append(r)
    return out, n
