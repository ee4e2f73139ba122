"""A call fails inside a helper that printed first; the caller printed before that."""

import autoform as af

CAUSE = "errors"
ARGS = ()
FAIL = {"inner"}


def helper():
    print("helper starts")
    return af.lm_call([{"role": "user", "content": "inner"}], model="m")


def main():
    print("main starts")
    a = af.lm_call([{"role": "user", "content": "outer"}], model="m")
    b = helper()
    print("unreachable")
    return a + b
