"""A research helper makes two independent calls; the second fails. main's try/finally
prints the frames of this file in the in-flight traceback (function and line)."""

import sys
import traceback

import autoform as af

CAUSE = "gather failure line in helper frame"
ARGS = ("owls",)
FAIL = ["critique"]


def research(t):
    facts = af.lm_call([{"role": "user", "content": f"facts {t}"}], model="m")
    crit = af.lm_call([{"role": "user", "content": f"critique {t}"}], model="m")
    return facts, crit


def main(topic: str):
    try:
        return research(topic)
    finally:
        tb = sys.exc_info()[2]
        print([(f.name, f.lineno) for f in traceback.extract_tb(tb) if f.filename == __file__])
