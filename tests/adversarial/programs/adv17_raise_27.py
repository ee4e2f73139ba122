"""A prompt template with a numeric format spec ({:d}) filled with a str: ValueError; the
call before it fails first in the sequential run."""

import autoform as af

CAUSE = "format spec of template not checked"
ARGS = ("owls", "cats")
FAIL = ["owls"]
TEMPLATE = "Rank item {:d}: {}"


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    prompt = TEMPLATE.format(b, a)
    rb = af.lm_call([{"role": "user", "content": prompt}], model="m")
    return ra, rb
