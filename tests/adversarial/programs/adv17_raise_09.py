"""The first call fails; the next statement (independent of it) converts a >4300-digit id to
text, which raises ValueError: the LM failure must be the error reported."""

import autoform as af

CAUSE = "huge int str after failing call"
ARGS = ("owls", "cats", 7**7000)
FAIL = ["owls"]


def main(a: str, b: str, rid: int):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    tag = str(rid)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, len(tag)
