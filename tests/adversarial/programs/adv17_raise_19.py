"""The first call fails; startswith is given a start position as text (TypeError)."""

import autoform as af

CAUSE = "str.startswith str start"
ARGS = ("owls", "cats", "1")
FAIL = ["owls"]


def main(a: str, b: str, extra: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    key = b + str(b.startswith("a", extra))
    rb = af.lm_call([{"role": "user", "content": key}], model="m")
    return ra, rb
