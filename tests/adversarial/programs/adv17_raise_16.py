"""The first call fails; strip is given two strings (TypeError)."""

import autoform as af

CAUSE = "str.strip two args"
ARGS = ("owls", "cats", "<")
FAIL = ["owls"]


def main(a: str, b: str, extra: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    key = b.strip(extra, ">")
    rb = af.lm_call([{"role": "user", "content": key}], model="m")
    return ra, rb
