"""next() of a generator of LM calls: only the first call is made."""


import autoform as af

CAUSE = 'next genexpr'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    return next(af.lm_call([{"role": "user", "content": t}], model="m") for t in (a, b, "dogs"))
