"""A fib-like recurrence through a loop of 25000 steps."""

import autoform as af

CAUSE = 'fib recurrence'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    p, q = 0, 1
    for _ in range(25000):
        p, q = q, p + q
    x = p
    tag = str(x)
    rb = af.lm_call([{"role": "user", "content": b + tag[:5]}], model="m")
    return ra, rb
