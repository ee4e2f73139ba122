"""A primitive raises SystemExit; main catches it."""


import autoform as af

CAUSE = 'primitive SystemExit'
ARGS = ("owls", "cats")


@af.primitive
def stop(x):
    raise SystemExit("stop " + x)



def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = stop(a)
    except SystemExit as e:
        print("caught", type(e).__name__, e)
        rb = None
    rc = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, rc
