"""functools.reduce with a helper that prints, in a call's argument after a call that fails."""

import functools

import autoform as af

CAUSE = 7
ARGS = (["a", "b", "c"],)
FAIL = {"boom"}


def join(x, y):
    print("join", x, y)
    return x + y


def main(items: list[str]):
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    b = af.lm_call([{"role": "user", "content": functools.reduce(join, items)}], model="m")
    return [a, b]
