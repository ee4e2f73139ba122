"""Two pairs unpacked, both independent, second call fails."""


import autoform as af

CAUSE = "Two pairs unpacked both independent se"
ARGS = ("owls", "cats")
FAIL = ['cats']


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def pair(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    return r, t


def main(a, b):
    try:
        r1, t1 = pair(a)
        r2, t2 = pair(b)
    except RuntimeError as e:
        print("err", e)
        return None
    return r1, t1, r2, t2
