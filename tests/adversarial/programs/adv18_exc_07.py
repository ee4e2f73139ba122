"""Two helpers with calls in an except block of a failed LM call, both reading sys.exc_info()."""

import sys

import autoform as af

CAUSE = 'handler helpers exc_info'
ARGS = ("owls", "cats")
FAIL = ['owls']


def probe(x):
    r = af.lm_call([{"role": "user", "content": x}], model="m")
    return r + repr(sys.exc_info()[1])


def main(a: str, b: str):
    try:
        ra = af.lm_call([{"role": "user", "content": a}], model="m")
    except RuntimeError:
        ra = [probe(b), probe("dogs")]
    return ra
