"""A generator's frame name read in the traceback of a failing item (uncaught in gen, caught in main)."""

import traceback

import autoform as af

CAUSE = 'genexpr frame name'
ARGS = ("owls", "cats")
FAIL = ['cats']


def main(a: str, b: str):
    try:
        return sorted(af.lm_call([{"role": "user", "content": t}], model="m") for t in (a, b))
    except RuntimeError as e:
        return [f.name for f in traceback.extract_tb(e.__traceback__)]
