"""Exception group of two failures, printed."""

import sys
import traceback

import autoform as af

CAUSE = 'tb exception group'
ARGS = ("owls", "cats")
FAIL = ['owls', 'cats']


def main(a: str, b: str):
    errs = []
    for t in (a, b):
        try:
            af.lm_call([{"role": "user", "content": t}], model="m")
        except RuntimeError as exc:
            errs.append(exc)
    try:
        raise ExceptionGroup("both", errs)
    except ExceptionGroup:
        traceback.print_exc(file=sys.stdout)
    return len(errs)
