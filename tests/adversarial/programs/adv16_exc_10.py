"""try/finally around two independent calls; the second fails; the finally prints the
exception's notes and the traceback's line numbers (frame by frame)."""

import sys
import traceback

import autoform as af

CAUSE = "finally prints notes and lines"
ARGS = ("owls", "cats")
FAIL = ["cats"]


def main(a: str, b: str):
    try:
        ra = af.lm_call([{"role": "user", "content": a}], model="m")
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
        return ra + rb
    finally:
        exc = sys.exc_info()[1]
        print("notes:", getattr(exc, "__notes__", None))
        print([(f.name, f.lineno) for f in traceback.extract_tb(exc.__traceback__)][:1])
