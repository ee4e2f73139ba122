"""Non-ASCII text in the prompt, inside the failing call's own arguments, before a failing subscript."""

import traceback

import autoform as af

CAUSE = 'non-ascii args carets'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        rb = "é" + af.lm_call([{"role": "user", "content": b}], model="m")
    except RuntimeError as e:
        for fr in traceback.extract_tb(e.__traceback__):
            print(fr.lineno, fr.colno, fr.end_colno)
        rb = None
    return ra, rb
