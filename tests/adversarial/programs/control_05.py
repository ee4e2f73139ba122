"""A match statement on a reply selects the next call."""

import autoform as af

CAUSE = "control"
ARGS = ("alpha",)


def main(t: str):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    match r:
        case "<m:alpha>":
            return af.lm_call([{"role": "user", "content": "matched"}], model="m")
        case _:
            return af.lm_call([{"role": "user", "content": "other"}], model="m")
