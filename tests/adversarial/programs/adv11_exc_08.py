"""sys.exit from inside a loop when a reply mentions cats; prints before and after calls."""

import sys

import autoform as af

CAUSE = "exceptions"
ARGS = (["owls", "cats", "dogs"],)


def main(topics: list):
    for t in topics:
        print("ask", t)
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        if "cats" in r:
            sys.exit("stopping at " + t)
        print("got", r)
    return "done"
