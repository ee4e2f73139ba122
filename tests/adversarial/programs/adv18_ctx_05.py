"""A call started before a KeyError handler and awaited inside it: sequential context is the KeyError only if raised in the handler."""


import autoform as af

CAUSE = 'context call before handler'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    rb = None
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        {}[a]
    except KeyError:
        try:
            rb = af.lm_call([{"role": "user", "content": b}], model="m")
        except RuntimeError as e:
            print(repr(e.__context__))
    return ra, rb
