"""A nested target (p, (q, *r)) of a helper's result."""

import autoform as af

CAUSE = 'gather unpack nested'
ARGS = ("owls", "cats")


def ask(t):
    return t, af.lm_call([{"role": "user", "content": t}], model="m")


def main(a: str, b: str):
    p, (q, *r) = ask(a)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return p, q, r, rb
