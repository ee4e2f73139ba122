"""Async helpers read VAR then set it after their LM calls; async main awaits both."""

import contextvars

import autoform as af

CAUSE = "async helper read after its LM call in a stale task context"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv22a_asyncread_59", default="unset")


async def ask(t):
    r = await af.lm_call.acall([{"role": "user", "content": t}], model="m")
    old = VAR.get()
    VAR.set(t)
    return r, old


async def main(a: str, b: str):
    ra = await ask(a)
    rb = await ask(b)
    return ra, rb, VAR.get()
