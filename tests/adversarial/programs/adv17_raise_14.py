"""The first call fails; the next topic is split on the caller's separator, empty here (ValueError)."""

import autoform as af

CAUSE = "str.split empty sep"
ARGS = ("owls", "cats", "")
FAIL = ["owls"]


def main(a: str, b: str, extra: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    got = b.split(extra)
    rb = af.lm_call([{"role": "user", "content": f"{b} {got}"}], model="m")
    return ra, rb
