"""af.format bad template with a reply as its argument."""

import sys
import traceback

import autoform as af

CAUSE = 'af.format reply arg'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = af.format("{} {}", af.lm_call([{"role": "user", "content": b}], model="m"))
    except Exception:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = af.lm_call([{"role": "user", "content": b + '!'}], model="m")
    return ra, rb, rc
