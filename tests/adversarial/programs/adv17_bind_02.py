"""A config dict from the caller holds a numeric seed of more than 4300 digits; it is
rendered into the second prompt with an f-string (ValueError)."""

import autoform as af

CAUSE = "huge int in dict fstring"
ARGS = ("owls", "cats", {"seed": 5**8000})
FAIL = ["owls"]


def main(a: str, b: str, cfg: dict):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    settings = f"{cfg}"
    rb = af.lm_call([{"role": "user", "content": b + settings[:3]}], model="m")
    return ra, rb
