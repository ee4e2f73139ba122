"""CJK identifier target, reply subscripted with str."""

import sys
import traceback

import autoform as af

CAUSE = "CJK identifier target reply subscripted"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a: str, b: str):

    ra = ask(a)
    try:
        值 = ask(b)["k"]
        rb = 值
    except Exception:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc
