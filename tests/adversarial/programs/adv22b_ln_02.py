"""A user def whose second statement raises, in main after an LM call; traceback printed."""

import traceback

import autoform as af

CAUSE = "nested def raise line numbers"
ARGS = ("owls",)


def main(a):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")

    def bad(x):
        y = x + "!"
        raise ValueError(y)

    try:
        bad(ra)
    except ValueError:
        print(traceback.format_exc())
    return ra
