"""A recursive helper with an int-annotated parameter given a str."""

import logging

import autoform as af

CAUSE = "entry check fails in a recursive helper"
ARGS = ("owls", "cats", "x")


def noted(t, n: int, depth: int):
    r = af.lm_call([{"role": "user", "content": t + str(depth)}], model="m")
    if depth > 0:
        r = r + noted(t, n, depth - 1)
    logging.warning("got %d at %s", n, depth)
    print("done", depth)
    return r


def main(a, b, n):
    return noted(a, n, 2), noted(b, 3, 1)
