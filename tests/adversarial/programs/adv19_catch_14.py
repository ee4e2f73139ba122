"""An exception group raised by hand from collected failures."""

import autoform as af

CAUSE = "exception group from loop"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["owls", "dogs"]


def main(items: list):
    errs = []
    out = []
    for t in items:
        try:
            out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
        except RuntimeError as e:
            errs.append(e)
    if errs:
        raise ExceptionGroup("some failed", errs)
    return out
