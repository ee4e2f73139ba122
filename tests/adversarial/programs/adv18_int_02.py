"""A list built empty then given a product by append; the list is printed via str()."""

import autoform as af

CAUSE = 'append product into list'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    xs = []
    xs.append(7 ** 6000)
    x = xs
    tag = str(x)
    rb = af.lm_call([{"role": "user", "content": b + tag[:5]}], model="m")
    return ra, rb
