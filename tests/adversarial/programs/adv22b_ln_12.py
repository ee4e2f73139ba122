"""A nested generator function raising after a yield; tb line of the raise."""

import traceback

import autoform as af

CAUSE = "nested generator raise line"
ARGS = ("owls",)


def main(a):
    r = af.lm_call([{"role": "user", "content": a}], model="m")

    def gen(x):
        yield x
        raise ValueError(x)

    try:
        list(gen(r))
    except ValueError:
        print(traceback.format_exc())
    return r
