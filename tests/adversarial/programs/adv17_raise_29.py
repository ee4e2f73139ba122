"""A padded template whose width comes from a str argument ({:>{}}), after a printed first
reply."""

import autoform as af

CAUSE = "nested format spec of template"
ARGS = ("owls", "cats", "wide")


def main(a: str, b: str, width: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    print("first:", ra)
    prompt = "Item: {:>{}}".format(b, width)
    rb = af.lm_call([{"role": "user", "content": prompt}], model="m")
    return ra, rb
