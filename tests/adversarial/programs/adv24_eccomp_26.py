"""Helpers with a failing check called in a list comprehension and a generator."""

import logging

import autoform as af

CAUSE = "entry check fails for helpers in comprehensions"
ARGS = (["owls", "cats", "emus"], "x")


def noted(t, n: int):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %d", n)
    return r


def main(items, n):
    xs = [noted(t, n) for t in items]
    ys = list(noted(t + "!", n) for t in items)
    return xs, ys
