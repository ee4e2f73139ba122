"""An async primitive raising KeyboardInterrupt, caught by the caller."""


import autoform as af

CAUSE = 'An async primitive raising KeyboardInterrupt, c'
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


@af.primitive
async def stop(x):
    raise KeyboardInterrupt(x)


def main(a, b):
    ra = ask(a)
    try:
        rb = stop(ra)
    except KeyboardInterrupt as e:
        rb = "exit " + str(e)
    rc = ask(b)
    return ra, rb, rc
