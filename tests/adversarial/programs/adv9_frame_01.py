"""A helper of a helper names the code calling main (three frames up) through
getattr(sys, "_getframe")."""

import sys

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)

_frame = getattr(sys, "_getframe")  # noqa: B009


def origin():
    return _frame(3).f_code.co_name


def ask(q):
    return af.lm_call([{"role": "user", "content": origin() + ": " + q}], model="m")


def main(topic: str):
    a = ask(topic)
    b = ask(a[:8])
    return [a, b]
