"""`x, = helper(a)` (a one-item tuple target) beside an independent call."""

import autoform as af

CAUSE = 'gather unpack one-tuple'
ARGS = ("owls", "cats")


def ask(t):
    return [af.lm_call([{"role": "user", "content": t}], model="m")]


def main(a: str, b: str):
    x, = ask(a)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return x, rb
