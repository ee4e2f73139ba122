"""An int-annotated parameter whose default is a str."""

import logging

import autoform as af

CAUSE = "default value of wrong type for the annotation"
ARGS = ("owls", "cats")


def noted(t, n: int = "seven"):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %d", n)
    return r


def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r


def main(a, b):
    return noted(a), other(a), noted(b, 2), other(b)
