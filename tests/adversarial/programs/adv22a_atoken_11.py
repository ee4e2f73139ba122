"""An async primitive returns the token of its set; main resets with it."""

import contextvars

import autoform as af

CAUSE = "token of an async primitive made in a run_sync context"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv22a_atoken_11", default="unset")


@af.primitive
async def mark(x):
    return VAR.set(x)


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    tok = mark(ra)
    seen = VAR.get()
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    try:
        VAR.reset(tok)
        how = "reset"
    except ValueError as exc:  # (its message holds the token's address)
        how = type(exc).__name__
    return ra, rb, seen, how, VAR.get()
