"""Async main awaits a compiled function whose helper sets VAR directly, then a second one."""

import contextvars

import autoform as af

CAUSE = "compiled function awaited from a compiled function"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv22a_nestedc_42", default="unset")


def ask(t):
    r = af.lm_call([{"role": "user", "content": t + "|" + VAR.get()}], model="m")
    VAR.set(t)
    return r


def inner(a):
    return ask(a)


inner_c = af.concurrent(inner)


async def main(a: str, b: str):
    r1 = await inner_c(a)
    r2 = await inner_c(b)
    return r1, r2, VAR.get()
