"""The first call fails; replace's count is given as text (TypeError)."""

import autoform as af

CAUSE = "str.replace str count"
ARGS = ("owls", "cats", "1")
FAIL = ["owls"]


def main(a: str, b: str, extra: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    key = b.replace("c", "k", extra)
    rb = af.lm_call([{"role": "user", "content": key}], model="m")
    return ra, rb
