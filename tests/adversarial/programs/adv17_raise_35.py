"""A list of huge ids rendered in an f-string for the second prompt; the first call fails."""

import autoform as af

CAUSE = "huge int in list fstring"
ARGS = ("owls", "cats", [1, 2**20000])
FAIL = ["owls"]


def main(a: str, b: str, ids: list):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    tag = f"{ids}"
    rb = af.lm_call([{"role": "user", "content": b + tag[:5]}], model="m")
    return ra, rb
