"""`x, = reply` raises ValueError sequentially (too many values); the compiled gather binds the whole reply."""

import autoform as af

CAUSE = 'gather one-tuple hides ValueError'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    x, = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return x, rb
