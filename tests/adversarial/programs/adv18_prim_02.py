"""An async primitive raises StopIteration."""


import autoform as af

CAUSE = 'async primitive StopIteration'
ARGS = ("owls", "cats")


@af.primitive
async def first(xs):
    return next(iter(xs))



def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = first([])
    except StopIteration as e:
        print("caught", type(e).__name__, e)
        rb = None
    rc = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, rc
