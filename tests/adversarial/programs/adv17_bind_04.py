"""The second prompt is built with str.format of a template constant whose field indexes
its str argument ({0[9]}) out of range (IndexError); the first call fails first."""

import autoform as af

CAUSE = "template index field out of range"
ARGS = ("owls", "cats")
FAIL = ["owls"]
TEMPLATE = "Initial: {0[0]}, tenth: {0[9]}"


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    prompt = TEMPLATE.format(b)
    rb = af.lm_call([{"role": "user", "content": prompt}], model="m")
    return ra, rb
