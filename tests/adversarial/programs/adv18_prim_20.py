"""A KeyError from a plain subscript inside the call's prompt: carets on the subscript."""

import sys
import traceback

import autoform as af

CAUSE = 'subscript in args carets'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = af.lm_call([{"role": "user", "content": {"owls": 1}[b]}], model="m")
    except KeyError as e2:
        traceback.print_exc(file=sys.stdout)
        e = e2
    except Exception as e:
        print("caught", type(e).__name__, e)
        rb = None
    rc = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, rc
