"""Sync primitive reading a threading.local, called inside an except block."""

import threading

import autoform as af

CAUSE = "thread-bound primitive called while handling an exception"
ARGS = ("owls", "cats")
STATE = threading.local()


@af.primitive
def lookup(text):
    return text + "/" + getattr(STATE, "user", "anon")


def main(a, b):
    STATE.user = "ann"
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        raise ValueError(ra)
    except ValueError:
        v = lookup(ra)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return v, rb
