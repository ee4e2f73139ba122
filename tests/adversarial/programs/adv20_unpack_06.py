"""*a, b = pair(...) then an independent call."""


import autoform as af

CAUSE = "a b  pair... then an independent ca"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def pair(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    return r, t


def main(a, b):
    *r, t = pair(a)
    rc = ask(b)
    return r, t, rc
