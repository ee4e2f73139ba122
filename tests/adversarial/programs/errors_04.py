"""A helper raises ValueError on item 1 while item 2's call fails: ValueError first."""

import autoform as af

CAUSE = "errors"
ARGS = (["fine", "", "doomed"],)
FAIL = {"doomed"}


def ask(x):
    if not x:
        raise ValueError("empty item")
    return af.lm_call([{"role": "user", "content": x}], model="m")


def main(items: list):
    return [ask(x) for x in items]
