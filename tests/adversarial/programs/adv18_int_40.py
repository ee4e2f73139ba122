"""json.dumps of a dict with a product value."""

import json

import autoform as af

CAUSE = 'json dumps'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    x = {"k": 9 ** 9000}
    tag = json.dumps(x)
    rb = af.lm_call([{"role": "user", "content": b + tag[:5]}], model="m")
    return ra, rb
