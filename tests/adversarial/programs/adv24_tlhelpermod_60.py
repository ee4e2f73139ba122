"""A primitive reads a threading.local through a helper from another module (functools)."""

import functools
import threading

import autoform as af

CAUSE = "thread-local read through a cached accessor"
ARGS = ("owls", "cats")
_TL = threading.local()


@functools.lru_cache(maxsize=None)
def store():
    return _TL


@af.primitive
def lookup(text):
    return text + "/" + getattr(store(), "user", "anon")


def main(a, b):
    store().user = "ann"
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    v = lookup(ra)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return v, rb
