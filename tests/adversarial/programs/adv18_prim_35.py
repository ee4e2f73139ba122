"""A primitive raises CancelledError uncaught, after an LM call runs beside it."""

import autoform as af

CAUSE = 'primitive CancelledError uncaught'
ARGS = ("owls", "cats")


import asyncio


@af.primitive
def stop(x):
    raise asyncio.CancelledError(x)


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    stop(ra)
    return ra, rb
