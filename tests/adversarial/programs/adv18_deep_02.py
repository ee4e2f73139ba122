"""A 150-level parenthesised name."""

import sys
import traceback

import autoform as af

CAUSE = 'deep parens'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = af.lm_call([{"role": "user", "content": ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((b))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))}], model="m")
    return ra, rb
