"""An async primitive raising in finally after awaiting the LM."""

import sys
import traceback

import autoform as af

CAUSE = "An async primitive raising in finally af"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


@af.primitive
async def conv(x):
    try:
        return await af.lm_call.acall([{"role": "user", "content": x}], model="m")
    finally:
        if x == "cats":
            raise LookupError("fin")


def main(a, b):
    ra = ask(a)
    try:
        rb = conv(b)
    except LookupError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc
