"""A primitive returns a generator reading a threading.local lazily; main iterates it."""

import threading

import autoform as af

CAUSE = "lazy generator from a primitive reads thread-local when iterated"
ARGS = ("owls", "cats")
STATE = threading.local()
STATE.user = "module"


def _gen(text):
    yield text
    yield getattr(STATE, "user", "anon")


@af.primitive
def lazy(text):
    return _gen(text)


def main(a, b):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    g = lazy(ra)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return list(g), rb, getattr(STATE, "user", "anon")
