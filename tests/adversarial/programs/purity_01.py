"""A helper without LM calls writes to sys.stdout directly; the call before it fails."""

import sys

import autoform as af

CAUSE = "pure-helper"
ARGS = ("q",)
FAIL = {"first"}


def note(x):
    sys.stdout.write("note " + x + "\n")
    return 1


def main(q: str):
    a = af.lm_call([{"role": "user", "content": "first " + q}], model="m")
    n = note(q)
    return a + str(n)
