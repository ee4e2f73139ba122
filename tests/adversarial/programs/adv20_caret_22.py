"""af.format bad template in a keyword-ish nested dict."""

import sys
import traceback

import autoform as af

CAUSE = "af.format bad template in a keyword-ish"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a: str, b: str):

    ra = ask(a)
    try:
        rb = ask(af.format("{} and {}", b))
    except Exception:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc
