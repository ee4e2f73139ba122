"""The first call fails; find is given a start position as text (TypeError)."""

import autoform as af

CAUSE = "str.find str start"
ARGS = ("owls", "cats", "2")
FAIL = ["owls"]


def main(a: str, b: str, extra: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    got = b.find("t", extra)
    rb = af.lm_call([{"role": "user", "content": f"{b} {got}"}], model="m")
    return ra, rb
