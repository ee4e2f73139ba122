"""A helper's fanned-out loop fails; main has a try/finally that records the exception's
string form including notes (traceback.format_exception_only)."""

import sys
import traceback

import autoform as af

CAUSE = "format_exception_only shows notes"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["dogs"]
LOG = []


def fetch_all(items):
    return [af.lm_call([{"role": "user", "content": t}], model="m") for t in items]


def main(items: list):
    try:
        return fetch_all(items)
    finally:
        et, ev, _ = sys.exc_info()
        if ev is not None:
            LOG.extend(traceback.format_exception_only(et, ev))
