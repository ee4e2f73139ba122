"""A primitive given a dataclass whose field is a threading.local."""

import dataclasses
import threading

import autoform as af

CAUSE = "threading.local inside a dataclass argument"
ARGS = ("owls", "cats")


@dataclasses.dataclass
class Ctx:
    tl: object


@af.primitive
def lookup(ctx, text):
    return text + "/" + getattr(ctx.tl, "user", "anon")


def main(a, b):
    ctx = Ctx(threading.local())
    ctx.tl.user = "ann"
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    v = lookup(ctx, ra)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return v, rb
