"""An exception raised in finally replaces the LM failure from the try body."""

import autoform as af

CAUSE = "raise in finally replaces"
ARGS = ("owls", "cats")
FAIL = ["owls"]


def main(a, b):
    try:
        x = af.lm_call([{"role": "user", "content": a}], model="m")
        y = af.lm_call([{"role": "user", "content": b}], model="m")
        return x, y
    finally:
        raise ValueError("cleanup failed")
