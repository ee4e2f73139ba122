"""A failing call, then an f-string of a huge int as the next prompt's id."""

import autoform as af

CAUSE = "huge int fstring in next prompt"
ARGS = ("owls", "cats", 3**9000)
FAIL = ["owls"]


def main(a: str, b: str, rid: int):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    rb = af.lm_call([{"role": "user", "content": f"{b} id={rid}"}], model="m")
    return ra, rb
