"""af.lm_call with an unknown keyword type: the messages are not a list."""

import sys
import traceback

import autoform as af

CAUSE = 'lm_call bad messages'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = af.lm_call("just text", model="m")
    except Exception as e2:
        traceback.print_exc(file=sys.stdout)
        e = e2
    except BaseException as e:
        print("caught", type(e).__name__, e)
        rb = None
    rc = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, rc
