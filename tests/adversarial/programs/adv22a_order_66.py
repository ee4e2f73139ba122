"""A helper sets VAR through a local alias; main sets VAR itself before using the helper's result."""

import contextvars

import autoform as af

CAUSE = "late join carries over a later set in main"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv22a_order_66", default="unset")


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    s = VAR.set
    s(t)
    return r


def main(a: str, b: str):
    ra = ask(a)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    VAR.set("main")
    return ra, rb, VAR.get()
