"""An async primitive raising SystemExit, caught by the caller."""


import autoform as af

CAUSE = 'An async primitive raising SystemExit, c'
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


@af.primitive
async def stop(x):
    raise SystemExit(x)


def main(a, b):
    ra = ask(a)
    try:
        rb = stop(ra)
    except SystemExit as e:
        rb = "exit " + str(e.code)
    rc = ask(b)
    return ra, rb, rc
