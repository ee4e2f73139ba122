"""Three calls; the middle one's reply star-unpacked."""

import autoform as af

CAUSE = 'gather unpack middle'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    *xs, last = af.lm_call([{"role": "user", "content": b}], model="m")
    rc = af.lm_call([{"role": "user", "content": 'dogs'}], model="m")
    return ra, xs, last, rc
