"""Per-item pair of independent calls in a loop that may break (not fanned out); the
second call fails for one item; the finally logs this file's frames."""

import sys
import traceback

import autoform as af

CAUSE = "task failure line in loop"
ARGS = (["owls", "cats"],)
FAIL = ["cons of cats"]
LOG = []


def main(items: list):
    out = []
    for t in items:
        try:
            pros = af.lm_call([{"role": "user", "content": f"pros of {t}"}], model="m")
            cons = af.lm_call([{"role": "user", "content": f"cons of {t}"}], model="m")
            out.append((pros, cons))
            if len(out) > 5:
                break
        finally:
            tb = sys.exc_info()[2]
            LOG.append([f.lineno for f in traceback.extract_tb(tb) if f.filename == __file__])
    return out
