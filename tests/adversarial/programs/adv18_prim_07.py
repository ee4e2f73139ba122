"""A primitive raising KeyError through a nested helper; traceback printed."""

import sys
import traceback

import autoform as af

CAUSE = 'primitive nested tb'
ARGS = ("owls", "cats")


def look(d, k):
    return d[k]


@af.primitive
def pick(k):
    return look({}, k)



def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = pick(b)
    except KeyError as e2:
        traceback.print_exc(file=sys.stdout)
        e = e2
    except Exception as e:
        print("caught", type(e).__name__, e)
        rb = None
    rc = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, rc
