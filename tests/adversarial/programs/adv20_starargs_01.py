"""An LM call whose *args is None, uncaught: TypeError's message names the called function, which the compiled version changes to Primitive.acall."""

import autoform as af

CAUSE = "star args message names acall"
ARGS = ("owls", "cats")
BAD = None


def main(a, b):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = af.lm_call(*BAD, model="m")
    return ra, rb
