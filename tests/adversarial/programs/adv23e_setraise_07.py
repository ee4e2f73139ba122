"""A helper sets the var through getattr then raises; the caller's except must see the set."""

import contextvars

import autoform as af

CAUSE = "carry of a failing call"
ARGS = ("owls", "cats")
FAIL = ["cats"]

VAR = contextvars.ContextVar("adv23e_setraise_07", default="unset")


def ask(t):
    getattr(VAR, "set")("pre-" + t)
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a: str, b: str):
    ra = ask(a)
    try:
        rb = ask(b)
    except af.LMFailure:
        rb = "failed"
    return ra, rb, VAR.get()
