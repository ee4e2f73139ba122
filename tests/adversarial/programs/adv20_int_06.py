"""repr of a list holding a huge int from a parameter."""


import autoform as af

CAUSE = "repr of a list holding a huge int from a"
ARGS = ("owls", "cats")
FAIL = ['owls']


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a, b, n=12000):
    try:
        ra = ask(a)
    except RuntimeError:
        ra = None
    xs = [1, 2 ** n]
    try:
        s = repr(xs)
    except ValueError as e:
        s = str(e)
    rb = ask(b)
    return ra, s[:20], rb
