"""while header with call spanning lines raising."""

import sys
import traceback

import autoform as af

CAUSE = "while header multiline"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a, b):
    ra = ask(a)
    n = 0
    try:
        while ask(
            b + str(n)
        )[n * 5]:
            n += 1
    except IndexError:
        traceback.print_exc(file=sys.stdout)
    rc = ask(b + "!")
    return ra, n, rc
