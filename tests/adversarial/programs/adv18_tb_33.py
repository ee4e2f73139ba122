"""inspect.stack() in a helper after a call; the caller's line text."""


import autoform as af

CAUSE = 'inspect stack'
ARGS = ("owls", "cats")


import inspect


def where():
    st = inspect.stack()
    return st[1].function, st[1].lineno, st[1].code_context


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    w1 = where()
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, w1
