"""A sync primitive raising KeyboardInterrupt, caught by the caller."""


import autoform as af

CAUSE = "A sync primitive raising KeyboardInterru"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


@af.primitive
def stop(x):
    raise KeyboardInterrupt(x)


def main(a, b):
    ra = ask(a)
    try:
        rb = stop(ra)
    except KeyboardInterrupt as e:
        rb = "ki " + str(e)
    rc = ask(b)
    return ra, rb, rc
