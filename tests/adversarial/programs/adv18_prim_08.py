"""An async primitive awaits a sleeping coroutine that raises; traceback printed."""

import asyncio
import sys
import traceback

import autoform as af

CAUSE = 'async primitive await tb'
ARGS = ("owls", "cats")


async def inner(k):
    await asyncio.sleep(0)
    raise KeyError(k)


@af.primitive
async def pick(k):
    return await inner(k)



def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = pick(b)
    except KeyError as e2:
        traceback.print_exc(file=sys.stdout)
        e = e2
    except Exception as e:
        print("caught", type(e).__name__, e)
        rb = None
    rc = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, rc
