"""Very long int formatted from a reply length: str() exceeds the digit limit."""

import sys
import traceback

import autoform as af

CAUSE = "long int str limit"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a, b):
    ra = ask(a)
    try:
        n = 10 ** (len(ra) * 1000)
        rb = ask(b + str(n)[:3])
    except ValueError:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc
