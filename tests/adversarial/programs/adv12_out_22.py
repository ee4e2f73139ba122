"""sys.stderr is pointed at sys.stdout in the body (by a tuple assignment); the loop writes
to stderr."""

import sys

import autoform as af

CAUSE = "output stderr swap tuple"
ARGS = (["owls", "cats", "dogs"],)


def main(topics: list):
    old, sys.stderr = sys.stderr, sys.stdout
    out = []
    try:
        for t in topics:
            r = af.lm_call([{"role": "user", "content": t}], model="m")
            print("got", r, file=sys.stderr)
            out.append(r)
    finally:
        sys.stderr = old
    print("done")
    return out
