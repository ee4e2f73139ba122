"""Exception notes added by a helper to an LM failure, printed by main via format_exception."""

import traceback

import autoform as af

CAUSE = 'notes helper'
ARGS = ("owls", "cats")
FAIL = ['cats']


def ask(t):
    try:
        return af.lm_call([{"role": "user", "content": t}], model="m")
    except RuntimeError as e:
        e.add_note("asked " + t)
        raise


def main(a: str, b: str):
    out = []
    for t in (a, b):
        try:
            out.append(ask(t))
        except RuntimeError as e:
            out.append("".join(traceback.format_exception_only(e)))
    return out
