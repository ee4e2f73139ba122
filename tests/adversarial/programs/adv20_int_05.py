"""format(x, ',') of a huge int built by a helper."""


import autoform as af

CAUSE = "formatx  of a huge int built by a"
ARGS = ("owls", "cats")
FAIL = ['owls']


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def big(n):
    return 3 ** n


def main(a, b):
    try:
        ra = ask(a)
    except RuntimeError:
        ra = None
    try:
        s = format(big(9000), ",")
    except ValueError as e:
        s = str(e)
    rb = ask(b)
    return ra, s[:20], rb
