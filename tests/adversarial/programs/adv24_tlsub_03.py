"""Sync primitive reading a subclass of threading.local."""

import threading

import autoform as af

CAUSE = "threading.local subclass not recognised as thread-bound"
ARGS = ("owls", "cats")


class Session(threading.local):
    user = "anon"


STATE = Session()


@af.primitive
def lookup(text):
    return text + "/" + STATE.user


def main(a, b):
    STATE.user = "ann"
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    v = lookup(ra)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return v, rb
