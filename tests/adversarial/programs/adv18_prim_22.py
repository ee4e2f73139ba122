"""str.format with a missing key inside the call's prompt."""

import sys
import traceback

import autoform as af

CAUSE = 'str.format in args carets'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = af.lm_call([{"role": "user", "content": "{x}".format()}], model="m")  # noqa: F524
    except KeyError as e2:
        traceback.print_exc(file=sys.stdout)
        e = e2
    except Exception as e:
        print("caught", type(e).__name__, e)
        rb = None
    rc = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, rc
