"""A decorator argument on a nested def is a reply."""

import functools

import autoform as af

CAUSE = "decorator arg call"
ARGS = ("owls", "cats")


def main(a: str, b: str):
    @functools.lru_cache(maxsize=len(af.lm_call([{"role": "user", "content": a}], model="m")))
    def f(x):
        return x * 2

    return f(af.lm_call([{"role": "user", "content": b}], model="m"))
