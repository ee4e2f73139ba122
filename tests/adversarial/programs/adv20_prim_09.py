"""A sync primitive inside caller's except reads __context__ of its own raise."""


import autoform as af

CAUSE = "A sync primitive inside callers except"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


@af.primitive
def conv(x):
    try:
        raise ValueError(x)
    except ValueError as e:
        return repr(e.__context__)


def main(a, b):
    ra = ask(a)
    try:
        {}[ra]
    except KeyError:
        rb = conv(b)
    rc = ask(b)
    return ra, rb, rc
