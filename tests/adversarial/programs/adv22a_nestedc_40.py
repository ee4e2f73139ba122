"""main calls a compiled function whose helpers set VAR through an alias."""

import contextvars

import autoform as af

CAUSE = "compiled function called from a compiled function"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv22a_nestedc_40", default="unset")
put = VAR.set


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    put(t)
    return r


def inner(a, b):
    return ask(a) + ask(b)


inner_c = af.concurrent(inner)


async def main(a: str, b: str):
    r = await inner_c(a, b)
    seen = VAR.get()
    rc = await af.lm_call.acall([{"role": "user", "content": seen}], model="m")
    return r, rc, VAR.get()
