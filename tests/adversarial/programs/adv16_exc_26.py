"""Helpers that print a failure's location via a `finally` in the helper itself: the
helper's two independent calls overlap; the second fails; the finally prints
sys.exc_info()[2].tb_lineno-style info (the last frame of this file)."""

import sys
import traceback

import autoform as af

CAUSE = "helper finally sees gather line"
ARGS = (["owls", "cats"],)
FAIL = ["risks of cats"]


def profile(t):
    try:
        a = af.lm_call([{"role": "user", "content": f"habits of {t}"}], model="m")
        b = af.lm_call([{"role": "user", "content": f"risks of {t}"}], model="m")
        return a + b
    finally:
        tb = sys.exc_info()[2]
        if tb is not None:
            mine = [f for f in traceback.extract_tb(tb) if f.filename == __file__]
            print("failed at", mine[-1].lineno, mine[-1].line)


def main(items: list):
    return [profile(t) for t in items]
