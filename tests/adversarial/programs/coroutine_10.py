"""A StopIteration raised from a helper is caught by the function itself."""

import autoform as af

CAUSE = 13
ARGS = ()


def take(it):
    return next(it)


def main():
    it = iter(["only"])
    a = af.lm_call([{"role": "user", "content": take(it)}], model="m")
    try:
        b = take(it)
    except StopIteration:
        b = "exhausted"
    return a + b
