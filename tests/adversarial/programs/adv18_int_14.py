"""int(s, 0) of a hex-prefixed string."""

import autoform as af

CAUSE = 'int(s, 0)'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    s = "0x" + "9" * 4000
    x = int(s, 0)
    tag = str(x)
    rb = af.lm_call([{"role": "user", "content": b + tag[:5]}], model="m")
    return ra, rb
