"""A thread-bound primitive that itself makes an LM call and runs asyncio.run."""

import asyncio
import threading

import autoform as af

CAUSE = "inline primitive running its own event loop"
ARGS = ("owls", "cats")
STATE = threading.local()


async def _twice(t):
    await asyncio.sleep(0)
    return t * 2


@af.primitive
def enrich(text):
    r = asyncio.run(_twice(text))
    return r + "/" + getattr(STATE, "user", "anon")


def main(a, b):
    STATE.user = "ann"
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return enrich(ra), enrich(rb)
