"""In a helper, a fan-out follows a failing call; the caller catches the failure."""

import autoform as af

CAUSE = 11
ARGS = (["x", "y"],)
FAIL = {"gate"}


def helper(items):
    a = af.lm_call([{"role": "user", "content": "gate"}], model="m")
    out = []
    for it in items:
        out.append(af.lm_call([{"role": "user", "content": it}], model="m"))
    return [a, out]


def main(items: list):
    try:
        return helper(items)
    except RuntimeError:
        return "caught"
