"""The second call fails; a print sits between the two calls."""

import autoform as af

CAUSE = "errors"
ARGS = ()
FAIL = {"two"}


def main():
    a = af.lm_call([{"role": "user", "content": "one"}], model="m")
    print("between", a)
    b = af.lm_call([{"role": "user", "content": "two"}], model="m")
    print("after", b)
    return b
