"""af.format bad template spread over lines inside a call."""

import sys
import traceback

import autoform as af

CAUSE = 'af.format multi-line'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = af.lm_call(
            [{"role": "user", "content": af.format(
                "{} {}", b
            )}],
            model="m",
        )
    except IndexError as e2:
        traceback.print_exc(file=sys.stdout)
        e = e2
    except Exception as e:
        print("caught", type(e).__name__, e)
        rb = None
    rc = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, rc
