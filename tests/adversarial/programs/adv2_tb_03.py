"""A ValueError raised inside an except is chained to the failure it handles: its
__context__ is returned."""

import autoform as af

CAUSE = "errors"
ARGS = ()
FAIL = {"boom"}


def main():
    a = af.lm_call([{"role": "user", "content": "one"}], model="m")
    try:
        b = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    except RuntimeError:
        try:
            b = int(a)
        except ValueError as exc:
            b = type(exc.__context__).__name__
    return [a, b]
