"""join of a genexp whose items are not all str, in try: TypeError printed."""

import sys
import traceback

import autoform as af

CAUSE = "join non-str item"
ARGS = (["owls", "cats"],)


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    return len(r) if "cats" in t else r


def main(items):
    try:
        out = ",".join(ask(t) for t in items)
    except TypeError:
        traceback.print_exc(file=sys.stdout)
        out = None
    return out
