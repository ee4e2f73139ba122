"""As 24 with an f-string of the id, bound before the second prompt."""

import autoform as af

CAUSE = "huge int fstring feeds next prompt"
ARGS = ("owls", "cats", 7**7000)
FAIL = ["owls"]


def main(a: str, b: str, rid: int):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    tag = f"{rid}"
    rb = af.lm_call([{"role": "user", "content": f"{b} {tag}"}], model="m")
    return ra, rb
