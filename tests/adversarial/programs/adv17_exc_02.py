"""Two independent calls both fail; the caught exception's __context__ and __cause__ are
printed along with which failed first."""

import autoform as af

CAUSE = "context of caught failure"
ARGS = ("owls", "cats")
FAIL = ["owls", "cats"]


def main(a: str, b: str):
    try:
        ra = af.lm_call([{"role": "user", "content": a}], model="m")
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
        return ra + rb
    except RuntimeError as e:
        print("failed:", e)
        print("cause:", repr(e.__cause__), "context:", repr(e.__context__))
        print("suppress:", e.__suppress_context__)
        return None
