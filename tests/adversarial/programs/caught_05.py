"""contextlib.suppress around a helper whose first call fails."""

import contextlib

import autoform as af

CAUSE = 11
ARGS = ()
FAIL = {"one"}


def two():
    a = af.lm_call([{"role": "user", "content": "one"}], model="m")
    b = af.lm_call([{"role": "user", "content": "two"}], model="m")
    return a + b


def main():
    result = "none"
    with contextlib.suppress(RuntimeError):
        result = two()
    return result
