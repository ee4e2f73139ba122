"""An async primitive raising StopIteration."""


import autoform as af

CAUSE = "An async primitive raising StopIteration"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


@af.primitive
async def nxt(x):
    return next(iter([]))


def main(a, b):
    ra = ask(a)
    try:
        rb = nxt(b)
    except BaseException as e:
        print(type(e).__name__, e)
        rb = "stop"
    rc = ask(b)
    return ra, rb, rc
