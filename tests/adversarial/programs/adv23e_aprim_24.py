"""Two async primitives write VAR through a dict; later in program order wins; main awaits."""

import asyncio
import contextvars

import autoform as af

CAUSE = "carry order of async primitive tasks"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_aprim_24", default="unset")
_CFG = {"var": VAR}


@af.primitive
async def fetch(t, d):
    await asyncio.sleep(d)
    _CFG["var"].set(t)
    return t.upper()


async def main(a: str, b: str):
    ra = await fetch(a, 0.03)
    rb = await fetch(b, 0.0)
    mid = VAR.get()
    rc = await fetch(a + b, 0.01)
    return ra, rb, rc, mid, VAR.get()
