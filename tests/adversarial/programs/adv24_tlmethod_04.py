"""A method of a user class is the primitive; self holds a threading.local."""

import threading

import autoform as af

CAUSE = "primitive method whose self holds a threading.local"
ARGS = ("owls", "cats")


class Store:
    def __init__(self):
        self.tl = threading.local()

    @af.primitive
    def lookup(self, text):
        return text + "/" + getattr(self.tl, "user", "anon")


S = Store()


def main(a, b):
    S.tl.user = "ann"
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    v = S.lookup(ra)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return v, rb
