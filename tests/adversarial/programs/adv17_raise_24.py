"""A request id of more than 4300 digits goes into the second prompt through str(); the
first call fails: its failure must be what is reported."""

import autoform as af

CAUSE = "huge int str feeds next prompt"
ARGS = ("owls", "cats", 7**7000)
FAIL = ["owls"]


def main(a: str, b: str, rid: int):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    tag = str(rid)
    rb = af.lm_call([{"role": "user", "content": b + tag[:5]}], model="m")
    return ra, rb
