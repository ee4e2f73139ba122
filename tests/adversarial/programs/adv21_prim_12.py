"""Generator helper consuming exc_info while a loop handler runs."""

import sys

import autoform as af

CAUSE = "exc_info in handler after call in comp"
ARGS = (["owls", "cats"],)
FAIL = ["boom"]


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    try:
        ask("boom")
    except RuntimeError:
        out = [ask(t) + str(sys.exc_info()[1]) for t in items]
    return out
