"""A loop body with two independent calls per item (not fanned out: the loop breaks);
the item's failure's notes are recorded by the finally into LOG."""

import sys

import autoform as af

CAUSE = "finally records notes in loop - second call fails"
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
            e = sys.exc_info()[1]
            LOG.append(f"{t}: {type(e).__name__} {getattr(e, '__notes__', [])!r}")
    return out
