"""try/finally (no handler) around a fanned-out loop with a failing item: the finally
prints the in-flight exception's formatted traceback (sys.exc_info works in finally)."""

import sys
import traceback

import autoform as af

CAUSE = "finally prints in-flight traceback"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["cats"]


def main(items: list):
    out = []
    try:
        for t in items:
            out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
    finally:
        print("partial:", len(out))
        print(traceback.format_exc().splitlines()[-1])
        tb = sys.exc_info()[2]
        print([(f.name, f.lineno) for f in traceback.extract_tb(tb) if f.filename == __file__])
    return out
