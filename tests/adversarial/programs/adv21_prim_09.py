"""KeyboardInterrupt from primitive in a comprehension, caught in main and printed."""

import sys

import autoform as af

CAUSE = "KeyboardInterrupt uncaught"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


@af.primitive
def check(x):
    LOG.append(x)
    if "cats" in x:
        raise KeyboardInterrupt("k")
    return x


def main(items):
    try:
        return [check(ask(t)) for t in items]
    except KeyboardInterrupt:
        import traceback
        traceback.print_exc(file=sys.stdout)
        return None
