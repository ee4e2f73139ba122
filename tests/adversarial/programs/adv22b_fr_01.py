"""A helper reads its direct caller's code name; called in a list comprehension of LM calls."""

import sys

import autoform as af

CAUSE = "caller co_name in listcomp"
ARGS = (["owls", "cats"],)


def tag(r):
    return sys._getframe(1).f_code.co_name + ":" + r


def main(items):
    return [tag(af.lm_call([{"role": "user", "content": t}], model="m")) for t in items]
