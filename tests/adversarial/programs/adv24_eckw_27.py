"""Keyword-only, *args and **kwargs annotated parameters given other types."""

import logging

import autoform as af

CAUSE = "entry check on keyword-only and variadic parameters"
ARGS = ("owls", "cats", "x")


def noted(t, *rest: int, n: int, **kw: str):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %d %d", n, len(rest))
    for k, v in kw.items():
        logging.warning("kw %s=%d", k, v)
    return r


def main(a, b, n):
    return noted(a, n=3, z=n), noted(b, 1, 2, n=n), noted(a + b, "q", n=4)
