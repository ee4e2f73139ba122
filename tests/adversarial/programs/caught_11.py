"""A helper's loop over items sits inside the caller's try: the failing item stops the loop."""

import autoform as af

CAUSE = 11
ARGS = (["i0", "i1-bad", "i2"],)
FAIL = {"bad"}


def ask_all(items):
    out = []
    for it in items:
        out.append(af.lm_call([{"role": "user", "content": it}], model="m"))
    return out


def main(items: list):
    try:
        return ask_all(items)
    except RuntimeError:
        return "partial failure"
