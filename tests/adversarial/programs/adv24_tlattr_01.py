"""Sync primitive reads a threading.local held in an attribute of a user object."""

import threading

import autoform as af

CAUSE = "threading.local reached through a user object attribute"
ARGS = ("owls", "cats")


class Holder:
    def __init__(self):
        self.tl = threading.local()


H = Holder()


@af.primitive
def lookup(text):
    return text + "/" + getattr(H.tl, "user", "anon")


def main(a, b):
    H.tl.user = "ann"
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    v = lookup(ra)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return v, rb
