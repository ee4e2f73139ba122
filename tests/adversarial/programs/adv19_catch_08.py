"""return inside finally swallows the LM failure of the try body."""

import autoform as af

CAUSE = "return in finally"
ARGS = ("owls", "cats")
FAIL = ["owls"]


def main(a, b):
    try:
        x = af.lm_call([{"role": "user", "content": a}], model="m")
        print("x", x)
    finally:
        return af.lm_call([{"role": "user", "content": b}], model="m")
