"""x, = ask(a): fails (too many values) before an independent failing call."""


import autoform as af

CAUSE = "x  aska: fails too many values bef"
ARGS = ("owls", "cats")
FAIL = ['cats']


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def pair(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    return r, t


def main(a, b):
    try:
        x, = ask(a)
        rc = ask(b)
    except Exception as e:
        print(type(e).__name__, e)
        x = rc = None
    return x, rc
