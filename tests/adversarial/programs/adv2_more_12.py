"""contextlib.suppress around a failing call: the name keeps its default, the next call
reads it; a print inside the with after the call never runs."""

import contextlib

import autoform as af

CAUSE = "errors"
ARGS = ()
FAIL = {"boom"}


def main():
    a = "default"
    with contextlib.suppress(RuntimeError):
        a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
        print("not reached")
    b = af.lm_call([{"role": "user", "content": "b " + a}], model="m")
    return [a, b]
