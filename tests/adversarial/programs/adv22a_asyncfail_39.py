"""Async helpers in a loop set VAR before their LM call; one fails, main catches."""

import contextvars

import autoform as af

CAUSE = "failed gather carries later items context"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["cats"]

VAR = contextvars.ContextVar("adv22a_asyncfail_39", default="unset")


async def ask(t):
    VAR.set(t)
    return await af.lm_call.acall([{"role": "user", "content": t}], model="m")


async def main(xs):
    out = []
    try:
        for x in xs:
            out.append(await ask(x))
    except af.LMFailure:
        out.append("failed")
    return out, VAR.get()
