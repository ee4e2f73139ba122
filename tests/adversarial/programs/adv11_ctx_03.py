"""A helper raises decimal precision for the rest of the run after its call; main divides
with the precision in force at the end."""

import decimal

import autoform as af

CAUSE = "contextvars"
ARGS = ("owls",)


def precise(q):
    r = af.lm_call([{"role": "user", "content": q}], model="m")
    decimal.getcontext().prec = 6
    return r


def main(topic: str):
    decimal.getcontext().prec = 28
    a = precise(topic)
    b = af.lm_call([{"role": "user", "content": topic + "s"}], model="m")
    ratio = decimal.Decimal(len(a)) / decimal.Decimal(7)
    return [a, b, str(ratio)]
