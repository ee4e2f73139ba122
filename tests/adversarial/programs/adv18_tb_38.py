"""TracebackException with capture_locals=True prints each frame's locals."""

import traceback

import autoform as af

CAUSE = 'capture_locals'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
    except RuntimeError as exc:
        te = traceback.TracebackException.from_exception(exc, capture_locals=True)
        print("".join(te.format()).splitlines()[:6])
        rb = None
    return ra, rb
