"""A primitive prints its own caller's line via inspect.stack()[1]."""


import autoform as af

CAUSE = 'primitive inspect stack'
ARGS = ("owls", "cats")


import inspect


@af.primitive
def check(x):
    st = inspect.stack()
    print(st[1].function, st[2].function)
    return x


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    rc = check(ra)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, rc
