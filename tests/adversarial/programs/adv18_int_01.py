"""A list grown by append with a doubled last item; its last item is formatted."""

import autoform as af

CAUSE = 'append-grown list item'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    xs = [1]
    for _ in range(15000):
        xs.append(xs[-1] + xs[-1])
    x = xs[-1]
    tag = str(x)
    rb = af.lm_call([{"role": "user", "content": b + tag[:5]}], model="m")
    return ra, rb
