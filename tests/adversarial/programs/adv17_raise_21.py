"""The first call fails; count is given its start as text (TypeError)."""

import autoform as af

CAUSE = "str.count str start"
ARGS = ("owls", "cats", "0")
FAIL = ["owls"]


def main(a: str, b: str, extra: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    got = b.count("a", extra)
    rb = af.lm_call([{"role": "user", "content": f"{b} {got}"}], model="m")
    return ra, rb
