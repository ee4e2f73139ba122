"""A user def (one-line body `return int(x)`) in main after an LM call; traceback printed."""

import traceback

import autoform as af

CAUSE = "nested def line numbers"
ARGS = ("owls",)


def main(a):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")

    def conv(x):
        return int(x)

    try:
        conv(ra)
    except ValueError:
        print(traceback.format_exc())
    return ra
