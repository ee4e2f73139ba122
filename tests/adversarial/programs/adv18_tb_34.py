"""The context of a failure raised from an unrelated helper in an except: __context__ type printed."""


import autoform as af

CAUSE = 'context type'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
    except RuntimeError:
        try:
            int("x")
        except ValueError as e2:
            print(type(e2.__context__).__name__, e2.__context__)
        rb = None
    return ra, rb
