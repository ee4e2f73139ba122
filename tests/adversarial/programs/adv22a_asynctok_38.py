"""Async helper returns the token of its set; async main resets with it."""

import contextvars

import autoform as af

CAUSE = "async helper token made in a task context"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv22a_asynctok_38", default="unset")


async def ask(t):
    r = await af.lm_call.acall([{"role": "user", "content": t}], model="m")
    return r, VAR.set(t)


async def main(a: str, b: str):
    ra, tok = await ask(a)
    rb = await af.lm_call.acall([{"role": "user", "content": b}], model="m")
    seen = VAR.get()
    VAR.reset(tok)
    return ra, rb, seen, VAR.get()
