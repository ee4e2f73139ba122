"""async def pipeline awaiting af.lm_call.acall, failure printed."""

import sys
import traceback

import autoform as af

CAUSE = "async acall failure"
ARGS = ("owls", "cats")
FAIL = ["cats"]


async def main(a, b):
    ra = await af.lm_call.acall([{"role": "user", "content": a}], model="m")
    try:
        rb = await af.lm_call.acall(
            [{"role": "user", "content": b}],
            model="m")
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = await af.lm_call.acall([{"role": "user", "content": a + "!"}], model="m")
    return ra, rb, rc
