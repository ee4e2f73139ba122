"""An except clause prints the context of the exception it raises (the LM failure)."""

import autoform as af

CAUSE = "exception context printed"
ARGS = ("owls", "cats")
FAIL = ["owls"]


def main(a, b):
    try:
        try:
            x = af.lm_call([{"role": "user", "content": a}], model="m")
        except RuntimeError:
            y = af.lm_call([{"role": "user", "content": b}], model="m")
            raise ValueError(y)
    except ValueError as e:
        print(type(e.__context__).__name__, e.__context__)
        return str(e)
