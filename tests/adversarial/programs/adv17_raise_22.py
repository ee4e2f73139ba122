"""The first call fails; upper() is given an argument (TypeError)."""

import autoform as af

CAUSE = "str.upper with argument"
ARGS = ("owls", "cats", "x")
FAIL = ["owls"]


def main(a: str, b: str, extra: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    got = b.upper(extra)
    rb = af.lm_call([{"role": "user", "content": f"{b} {got}"}], model="m")
    return ra, rb
