"""A user def in main (not in a loop) after an LM call: its __qualname__ and a traceback from it."""

import traceback

import autoform as af

CAUSE = "nested def qualname in main"
ARGS = ("owls", "cats")


def main(a, b):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")

    def bad(x):
        raise ValueError(x)

    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    try:
        bad(ra + rb)
    except ValueError:
        print(traceback.format_exc())
    return bad.__qualname__, ra, rb
