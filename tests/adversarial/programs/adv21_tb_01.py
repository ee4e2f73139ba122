"""Call split across many lines with comments and blank lines; KeyError in an argument."""

import sys
import traceback

import autoform as af

CAUSE = "multiline call comments"
ARGS = ("owls", "cats")


def main(a, b):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = af.lm_call(  # first
            # a comment line

            [
                {"role": "user",  # inline
                 "content": b + {"x": 1}[
                     # inside subscript
                     b
                 ]},
            ],

            model="m",
        )
    except KeyError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, rc
