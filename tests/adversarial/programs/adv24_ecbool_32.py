"""An int-annotated parameter given a bool, formatted with %s and f-strings."""

import logging

import autoform as af

CAUSE = "int annotation given bool"
ARGS = ("owls", "cats", True)


def noted(t, n: int):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %s %d %r", n, n, n)
    print(f"n={n} {n + 1}")
    return r + str(n)


def main(a, b, n):
    return noted(a, n), noted(b, n)
