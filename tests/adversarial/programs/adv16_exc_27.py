"""Two independent summarize helpers; the second parses its reply with int() and fails.
A finally prints the line numbers of this file's frames in the in-flight traceback."""

import sys
import traceback

import autoform as af

CAUSE = "gather helper failure line"
ARGS = ("owls", "cats")


def summarize(t):
    return af.lm_call([{"role": "user", "content": f"summary of {t}"}], model="m")


def score(t):
    r = af.lm_call([{"role": "user", "content": f"score of {t}"}], model="m")
    return int(r.strip("<>"))


def main(a: str, b: str):
    try:
        s = summarize(a)
        n = score(b)
        return s, n
    finally:
        tb = sys.exc_info()[2]
        print([(f.name, f.lineno) for f in traceback.extract_tb(tb) if f.filename == __file__])
