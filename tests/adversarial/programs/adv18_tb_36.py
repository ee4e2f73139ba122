"""Exception raised across concurrent siblings: first call fails while the second is in flight; __context__ of the failure printed."""


import autoform as af

CAUSE = 'context of failure'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    try:
        ra = af.lm_call([{"role": "user", "content": a}], model="m")
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
    except RuntimeError as exc:
        print(repr(exc.__context__), repr(exc.__cause__), exc.__suppress_context__)
        return None
    return ra, rb
