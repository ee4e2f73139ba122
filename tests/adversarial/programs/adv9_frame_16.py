"""A helper reads the names of its caller's local variables from its code (co_varnames, not
f_locals)."""

import sys

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)
LOG = []


def ask(q):
    LOG.append(sorted(sys._getframe(1).f_code.co_varnames))
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    draft = ask(topic)
    review = ask("review " + draft)
    return [draft, review]
