"""Failing call in an elif body inside a loop; format_exc stored in LOG."""

import traceback

import autoform as af

CAUSE = 'tb elif loop'
ARGS = ("owls", "cats")
FAIL = ['cats']


LOG = []


def main(a: str, b: str):
    out = []
    for t in (a, b, "dogs"):
        try:
            if t == "x":
                r = None
            elif t:
                r = af.lm_call([{"role": "user", "content": t}], model="m")
            out.append(r)
        except RuntimeError:
            LOG.append(traceback.format_exc())
    return out
