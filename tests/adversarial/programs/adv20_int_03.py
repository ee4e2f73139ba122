"""int(x, 16) of a long hex string then str()."""


import autoform as af

CAUSE = "intx 16 of a long hex string then str"
ARGS = ("owls", "cats")
FAIL = ['owls']


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a, b):
    h = "f" * 4000
    try:
        ra = ask(a)
    except RuntimeError as e:
        ra = str(e)
    n = int(h, 16)
    try:
        s = str(n)
    except ValueError as e:
        s = "E " + str(e)
    rb = ask(b + s[:5])
    return ra, s[:20], rb
