"""A primitive given a functools.partial bound to a threading.local reader."""

import functools
import threading

import autoform as af

CAUSE = "threading.local hidden behind functools.partial argument"
ARGS = ("owls", "cats")
_TL = threading.local()


def _read(tl, text):
    return text + "/" + getattr(tl, "user", "anon")


@af.primitive
def apply(f, text):
    return f(text)


def main(a, b):
    _TL.user = "ann"
    reader = functools.partial(_read, _TL)
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    v = apply(reader, ra)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return v, rb
