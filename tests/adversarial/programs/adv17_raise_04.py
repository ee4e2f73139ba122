"""As 03 but the big id goes through str() between two independent calls."""

import autoform as af

CAUSE = "huge int str between calls"
ARGS = ("owls", "cats", 7**7000)


def main(a: str, b: str, rid: int):
    try:
        ra = af.lm_call([{"role": "user", "content": a}], model="m")
        tag = str(rid)
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
        return ra, rb, len(tag)
    except ValueError as e:
        return "error: " + str(e)[:30]
