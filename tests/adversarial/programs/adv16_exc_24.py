"""A fanned-out comprehension where the third item fails: a finally records this file's
frames of the in-flight traceback (names and lines)."""

import sys
import traceback

import autoform as af

CAUSE = "fan-out failure frames"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["dogs"]
LOG = []


def describe(t):
    short = af.lm_call([{"role": "user", "content": f"short {t}"}], model="m")
    return af.lm_call([{"role": "user", "content": f"expand {short}"}], model="m")


def main(items: list):
    try:
        return [describe(t) for t in items]
    finally:
        tb = sys.exc_info()[2]
        LOG.append([(f.name, f.lineno) for f in traceback.extract_tb(tb) if f.filename == __file__])
