"""An async helper resets VAR with main's token after its LM call; a pure LM call overlaps."""

import contextvars

import autoform as af

CAUSE = "async helper run as a task resets a token of main context"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv22a_asyncreset_84", default="unset")


async def undo(t, tok):
    r = await af.lm_call.acall([{"role": "user", "content": t}], model="m")
    VAR.reset(tok)
    return r


async def main(a: str, b: str):
    tok = VAR.set(a)
    ra = await undo(a, tok)
    rb = await af.lm_call.acall([{"role": "user", "content": b}], model="m")
    return ra, rb, VAR.get()
