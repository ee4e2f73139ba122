"""The first call fails; splitlines is given text for keepends (TypeError)."""

import autoform as af

CAUSE = "str.splitlines str"
ARGS = ("owls", "cats", "keep")
FAIL = ["owls"]


def main(a: str, b: str, extra: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    got = b.splitlines(extra)
    rb = af.lm_call([{"role": "user", "content": f"{b} {got}"}], model="m")
    return ra, rb
