"""af.format bad template as the prompt of a call in a helper."""

import sys
import traceback

import autoform as af

CAUSE = 'af.format in helper call'
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": af.format("{} {}", t)}], model="m")



def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = ask(b)
    except IndexError as e2:
        traceback.print_exc(file=sys.stdout)
        e = e2
    except Exception as e:
        print("caught", type(e).__name__, e)
        rb = None
    rc = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, rc
