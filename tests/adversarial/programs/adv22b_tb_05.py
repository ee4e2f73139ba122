"""traceback.print_stack() directly in a fanned-out loop body."""

import sys
import traceback

import autoform as af

CAUSE = "print_stack in loop body"
ARGS = (["owls", "cats"],)


def main(items):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        traceback.print_stack(limit=1, file=sys.stdout)
        out.append(r)
    return out
