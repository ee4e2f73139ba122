"""json.loads of a reply: JSONDecodeError from inside json."""

import json
import sys
import traceback

import autoform as af

CAUSE = 'json.loads reply'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = json.loads(af.lm_call([{"role": "user", "content": b}], model="m"))
    except Exception:
        traceback.print_exc(file=sys.stdout)
        rb = None
    rc = af.lm_call([{"role": "user", "content": b + '!'}], model="m")
    return ra, rb, rc
