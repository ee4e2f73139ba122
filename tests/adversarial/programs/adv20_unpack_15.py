"""Iterator with side effects unpacked: a generator from a helper printing each yield."""


import autoform as af

CAUSE = "Iterator with side effects unpacked: a g"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def pair(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    return r, t


def gen(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    print("yield 1")
    yield r
    print("yield 2")
    yield t
    print("end")


def main(a, b):
    x, y = gen(a)
    rc = ask(b)
    print("after")
    return x, y, rc
