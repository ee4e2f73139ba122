"""A helper with a failing check called by a helper whose check passes."""

import logging

import autoform as af

CAUSE = "entry check fails in a helper called by a helper"
ARGS = ("owls", "cats", "x")


def inner(t: str, n: int):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("inner %d", n)
    return r


def outer(t: str, n: str):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("outer", r)
    return r + inner(t, n)


def main(a, b, n):
    return outer(a, n), outer(b, n)
