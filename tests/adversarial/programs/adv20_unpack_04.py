"""List target [a, b] = pair(a), then an independent failing call."""


import autoform as af

CAUSE = "List target a b  paira then an in"
ARGS = ("owls", "cats")
FAIL = ['cats']


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def pair(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    return r, t


def main(a, b):
    [r, t] = pair(a)
    try:
        rc = ask(b)
    except RuntimeError as e:
        rc = str(e)
    return r, t, rc
