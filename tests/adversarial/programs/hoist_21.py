"""A str concatenation with a None parameter annotated `str`: TypeError after a print."""

import autoform as af

CAUSE = 7
ARGS = ("ok", None)


def main(a: str, b: str):
    r = af.lm_call([{"role": "user", "content": a}], model="m")
    print("joining")
    joined = a + b
    return af.lm_call([{"role": "user", "content": joined + r}], model="m")
