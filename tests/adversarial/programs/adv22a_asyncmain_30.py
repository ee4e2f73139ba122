"""async main awaits helpers that set VAR through an alias."""

import contextvars

import autoform as af

CAUSE = "async main carry"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv22a_asyncmain_30", default="unset")
put = VAR.set


async def ask(t):
    r = await af.lm_call.acall([{"role": "user", "content": t}], model="m")
    put(t)
    return r


async def main(a: str, b: str):
    ra = await ask(a)
    rb = await ask(b)
    return ra, rb, VAR.get()
