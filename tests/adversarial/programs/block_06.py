"""A `try` block beside earlier calls: its failure is caught, a print follows in order."""

import autoform as af

CAUSE = "blocks"
ARGS = ()
FAIL = {"inner"}


def main():
    a = af.lm_call([{"role": "user", "content": "outer"}], model="m")
    print("before try")
    try:
        b = af.lm_call([{"role": "user", "content": "inner"}], model="m")
    except RuntimeError:
        print("caught")
        b = "none"
    print("after try")
    return a + b
