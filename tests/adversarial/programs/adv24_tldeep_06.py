"""threading.local nested three levels deep in the argument."""

import threading

import autoform as af

CAUSE = "threading.local three levels into containers"
ARGS = ("owls", "cats")
_TL = threading.local()


@af.primitive
def lookup(cfg, text):
    return text + "/" + getattr(cfg["a"]["b"][0], "user", "anon")


def main(a, b):
    _TL.user = "ann"
    cfg = {"a": {"b": [_TL]}}
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    v = lookup(cfg, ra)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return v, rb
