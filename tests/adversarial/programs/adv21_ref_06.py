"""traceback.print_stack in a loop of calls (reads frames)."""

import sys
import traceback

import autoform as af

CAUSE = "print_stack in loop"
ARGS = (["owls", "cats"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    out = []
    for t in items:
        r = ask(t)
        traceback.print_stack(limit=1, file=sys.stdout)
        out.append(r)
    return out
