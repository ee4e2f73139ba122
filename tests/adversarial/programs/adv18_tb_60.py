"""Two independent calls, the second's prompt raises (KeyError) while the first is in flight; uncaught but printed in finally."""

import traceback

import autoform as af

CAUSE = 'tb chain args finally'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    d = {"owls": "x"}
    try:
        ra = af.lm_call([{"role": "user", "content": a}], model="m")
        rb = af.lm_call([{"role": "user", "content": d[b]}], model="m")
    finally:
        print(traceback.format_exc())
    return ra, rb
