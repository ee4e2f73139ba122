"""A debug helper prints the stack frames of this file (traceback.format_stack) between two
calls, the way a tracing decorator would."""

import traceback

import autoform as af

CAUSE = "format_stack frames of this file"
ARGS = ("owls", "cats")


def trace_here():
    for line in traceback.format_stack()[:-1]:
        if __file__ in line:
            print(line.strip().splitlines()[0])


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    trace_here()
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb
