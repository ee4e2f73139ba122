"""An LM call fails before a helper that sets VAR through a local alias; main catches."""

import contextvars

import autoform as af

CAUSE = "helper after a failure in program order ran and was carried"
ARGS = ("owls", "cats")
FAIL = ["cats"]

VAR = contextvars.ContextVar("adv22a_failorder_68", default="unset")


def ask(t):
    s = VAR.set
    s(t)
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a: str, b: str):
    try:
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
        ra = ask(a)
    except af.LMFailure:
        rb = ra = "failed"
    return ra, rb, VAR.get()
