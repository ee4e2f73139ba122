"""Lambdas closing over the loop variable are called after the loop: all see the last item."""

import autoform as af

CAUSE = "late-binding closure over loop variable"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    fs = []
    for x in items:
        fs.append(lambda: ask(x))
    return [f() for f in fs]
