"""async main awaiting an async pinned helper beside an async ask."""
import logging

import autoform as af

CAUSE = "async pinned helper"
ARGS = ("owls", "cats", "n")

async def ask(t):
    print("ask", t)
    r = await af.lm_call.acall([{"role": "user", "content": t}], model="m")
    print("ask done", t)
    return r

async def pinned(t, n):
    print("pinned", t)
    r = await af.lm_call.acall([{"role": "user", "content": t}], model="m")
    logging.warning("pinned %d", n)
    print("pinned done", t)
    return r

async def main(a, b, n):
    x = await ask(a)
    y = await pinned(b, n)
    z = await ask(a + b)
    return x, y, z
