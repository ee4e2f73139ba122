"""A helper accumulates in its mutable default argument; the call before it fails."""

import autoform as af

CAUSE = "pure-helper"
ARGS = ("q",)
FAIL = {"first"}

SIZES = []


def count(x, acc=[]):  # noqa: B006
    acc.append(x)
    SIZES.append(len(acc))
    return len(acc)


def main(q: str):
    a = af.lm_call([{"role": "user", "content": "first " + q}], model="m")
    n = count(q)
    return a + str(n)
