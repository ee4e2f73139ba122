"""Non-ASCII text earlier on the line, then reply subscript with str."""

import sys
import traceback

import autoform as af

CAUSE = "Non-ASCII text earlier on the line then"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a: str, b: str):

    ra = ask(a)
    try:
        rb = "été🦉" + ask(b)["k"]
    except Exception:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc
