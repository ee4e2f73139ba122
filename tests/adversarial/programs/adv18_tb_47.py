"""The depth of the failure's traceback is counted."""

import traceback

import autoform as af

CAUSE = 'tb depth'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
    except RuntimeError as exc:
        print(len(traceback.extract_tb(exc.__traceback__)))
        print([f.name for f in traceback.extract_tb(exc.__traceback__)])
        rb = None
    return ra, rb
