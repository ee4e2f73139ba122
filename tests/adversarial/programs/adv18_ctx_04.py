"""A KeyError handled in a finally-less except; a later independent LM call fails outside any handler: its context must be None."""


import autoform as af

CAUSE = 'context none later'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    try:
        {}[a]
    except KeyError:
        pass
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
    except RuntimeError as e:
        print(repr(e.__context__))
        rb = None
    return ra, rb
