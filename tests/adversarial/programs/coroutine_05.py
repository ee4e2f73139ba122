"""A helper returns next(iter(xs)); with an empty list, StopIteration escapes the function."""

import autoform as af

CAUSE = 13
ARGS = ([],)


def first(xs):
    return next(iter(xs))


def main(xs: list):
    a = af.lm_call([{"role": "user", "content": "q"}], model="m")
    return a + first(xs)
