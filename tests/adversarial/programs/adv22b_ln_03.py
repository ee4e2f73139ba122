"""A user def raising, defined in main before any LM call; traceback printed."""

import traceback

import autoform as af

CAUSE = "nested def raise line numbers before lm"
ARGS = ("owls",)


def main(a):
    def bad(x):
        raise ValueError(x)

    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        bad(ra)
    except ValueError:
        print(traceback.format_exc())
    return ra
