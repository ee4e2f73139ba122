"""A primitive raises CancelledError, caught by main, then another call."""

import autoform as af

CAUSE = 'primitive CancelledError caught'
ARGS = ("owls",)


import asyncio


@af.primitive
def stop(x):
    raise asyncio.CancelledError(x)


def main(a: str):
    try:
        stop(a)
    except asyncio.CancelledError as e:
        print("caught", repr(e))
    return af.lm_call([{"role": "user", "content": a}], model="m")
