"""A loop inside try: item 1 fails, items 2 and 3 must not be asked."""

import autoform as af

CAUSE = 11
ARGS = (["i0", "i1-bad", "i2", "i3"],)
FAIL = {"bad"}


def main(items: list):
    out = []
    try:
        for it in items:
            out.append(af.lm_call([{"role": "user", "content": it}], model="m"))
    except RuntimeError:
        out.append("stopped")
    return out
