"""An async helper with an int-annotated parameter given a str, logged with pct-d."""
import logging

import autoform as af

CAUSE = "annotation trusted: async helper"
ARGS = ("owls", "cats", "x")

async def noted(t, n: int):
    r = await af.lm_call.acall([{"role": "user", "content": t}], model="m")
    logging.warning("got %d", n)
    return r

async def other(t):
    r = await af.lm_call.acall([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r

async def main(a, b, n):
    x = await noted(a, n)
    y = await other(a)
    z = await noted(b, n)
    return x, y, z
