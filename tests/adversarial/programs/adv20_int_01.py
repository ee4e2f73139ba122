"""A 5000-digit int from 10**n formatted with an f-string after a failing call."""


import autoform as af

CAUSE = "A 5000-digit int from 10n formatted wi"
ARGS = ("owls", "cats")
FAIL = ['owls']


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a, b):
    try:
        ra = ask(a)
    except RuntimeError:
        ra = None
    x = 10 ** 5000
    try:
        s = f"{x}"
    except ValueError as e:
        s = str(e)
    rb = ask(b)
    return ra, s[:20], rb
