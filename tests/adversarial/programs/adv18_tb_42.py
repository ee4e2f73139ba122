"""walk_tb then FrameSummary locals via StackSummary.extract(capture_locals=True)."""

import traceback

import autoform as af

CAUSE = 'StackSummary locals'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
    except RuntimeError as exc:
        ss = traceback.StackSummary.extract(traceback.walk_tb(exc.__traceback__), capture_locals=True)
        print(sorted(ss[0].locals))
        rb = None
    return ra, rb
