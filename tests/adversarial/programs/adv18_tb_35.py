"""The first call fails and is not caught; a finally prints the traceback of the live failure with format_exc."""

import traceback

import autoform as af

CAUSE = 'format_exc in finally'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    try:
        ra = af.lm_call([{"role": "user", "content": a}], model="m")
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
    finally:
        print(traceback.format_exc())
    return ra, rb
