"""A list alias: ys = xs; ys.append(big); str(xs[1])."""

import autoform as af

CAUSE = 'alias append'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    xs = [1]
    ys = xs
    ys.append(2 ** 20000)
    x = xs[1]
    tag = str(x)
    rb = af.lm_call([{"role": "user", "content": b + tag[:5]}], model="m")
    return ra, rb
