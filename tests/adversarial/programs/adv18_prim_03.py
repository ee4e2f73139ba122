"""A primitive raises asyncio.CancelledError (a BaseException); main catches BaseException."""

import asyncio

import autoform as af

CAUSE = 'primitive CancelledError'
ARGS = ("owls", "cats")


@af.primitive
def stop(x):
    raise asyncio.CancelledError("stop " + x)



def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = stop(a)
    except BaseException as e:
        print("caught", type(e).__name__, e)
        rb = None
    rc = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, rc
