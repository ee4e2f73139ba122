"""A call spread over several lines, KeyError on the middle line."""

import sys
import traceback

import autoform as af

CAUSE = "A call spread over several lines KeyErr"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a: str, b: str):

    ra = ask(a)
    try:
        rb = af.lm_call(
            [{"role": "user",
              "content": {"x": b}[b]}],
            model="m",
        )
    except Exception:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = ask(b + "!")
    return ra, rb, rc
