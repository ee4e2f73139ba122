"""Primitive calls a method of a module-level object that reads threading.get_ident."""

import threading

import autoform as af

CAUSE = "thread identity read in a method of a user class the primitive calls"
ARGS = ("owls", "cats")


class Pool:
    def __init__(self):
        self.owner = threading.get_ident()

    def mine(self):
        return threading.get_ident() == self.owner


P = Pool()


@af.primitive
def check(text):
    return text + "/" + str(P.mine())


def main(a, b):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    v = check(ra)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return v, rb
