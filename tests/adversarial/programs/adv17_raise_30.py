"""af.format with a float spec filled with a str, after a failing call."""

import autoform as af

CAUSE = "af.format spec"
ARGS = ("owls", "0.5")
FAIL = ["owls"]


def main(a: str, score: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    prompt = af.format("Confidence {:.2f}", score)
    rb = af.lm_call([{"role": "user", "content": prompt}], model="m")
    return ra, rb
