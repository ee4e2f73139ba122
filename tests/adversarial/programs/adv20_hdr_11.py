"""An async def pipeline awaiting acall itself, then subscripting the reply in an if test."""

import sys
import traceback

import autoform as af

CAUSE = "block header carets lost"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


async def main(a, b):
    try:
        if (await af.lm_call.acall([{"role": "user", "content": b}], model="m"))["k"]:
            pass
    except TypeError:
        traceback.print_exc(file=sys.stdout)
    return await af.lm_call.acall([{"role": "user", "content": a}], model="m")
