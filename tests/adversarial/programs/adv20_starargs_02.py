"""An LM call given a keyword twice (model= and **kw holding model), uncaught: the message names the function."""

import autoform as af

CAUSE = "star args message names acall"
ARGS = ("owls", "cats")
KW = {"model": "m"}


def main(a, b):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = af.lm_call([{"role": "user", "content": b}], model="m", **KW)
    return ra, rb
