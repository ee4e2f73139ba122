"""An async primitive raises StopAsyncIteration."""


import autoform as af

CAUSE = 'primitive StopAsyncIteration'
ARGS = ("owls", "cats")


@af.primitive
async def stop(x):
    raise StopAsyncIteration(x)



def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = stop(a)
    except StopAsyncIteration as e:
        print("caught", type(e).__name__, e)
        rb = None
    rc = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, rc
