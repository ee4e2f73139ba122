"""Sync primitive computing with decimal inside a localcontext set by main."""

import autoform as af

CAUSE = "decimal context is thread-local; primitive runs in worker thread"
ARGS = ("owls", "cats")
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


import decimal


@af.primitive
def ratio(text):
    return str(decimal.Decimal(len(text)) / decimal.Decimal(7))


def main(a, b):
    with decimal.localcontext() as ctx:
        ctx.prec = 4
        ra = ask(a)
        q = ratio(ra)
        rb = ask(b)
    return ra, q, rb
