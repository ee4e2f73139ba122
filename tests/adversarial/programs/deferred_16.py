"""A formatting helper annotated `x: str` is given a list (TypeError inside it), after a
failing call: the call's failure."""

import autoform as af

CAUSE = "deferred"
ARGS = (["ada", "bob"],)
FAIL = {"first"}


def bracket(x: str) -> str:
    return "<" + x + ">"


def main(names: list):
    a = af.lm_call([{"role": "user", "content": "first " + names[0]}], model="m")
    b = af.lm_call([{"role": "user", "content": bracket(names)}], model="m")
    return [a, b]
