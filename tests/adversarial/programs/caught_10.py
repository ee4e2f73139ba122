"""A nested helper chain: the innermost call fails, caught two levels up."""

import autoform as af

CAUSE = 11
ARGS = ()
FAIL = {"deep"}


def inner():
    a = af.lm_call([{"role": "user", "content": "deep"}], model="m")
    return a + af.lm_call([{"role": "user", "content": "after deep"}], model="m")


def middle():
    x = inner()
    return x + af.lm_call([{"role": "user", "content": "after inner"}], model="m")


def main():
    try:
        return middle()
    except RuntimeError:
        return "fallback"
