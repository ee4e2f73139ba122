"""The first call fails; rsplit on a literal empty separator (ValueError)."""

import autoform as af

CAUSE = "str.rsplit literal empty"
ARGS = ("owls", "cats", "x")
FAIL = ["owls"]


def main(a: str, b: str, extra: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    got = b.rsplit("")
    rb = af.lm_call([{"role": "user", "content": f"{b} {got}"}], model="m")
    return ra, rb
