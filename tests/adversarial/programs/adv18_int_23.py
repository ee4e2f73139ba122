"""Format spec with a huge literal width: ValueError too many digits."""

import autoform as af

CAUSE = 'format width literal'
ARGS = ("owls", "cats")
FAIL = ['owls']


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    x = 99999999999999999999
    tag = f"{1:{x}}"
    rb = af.lm_call([{"role": "user", "content": b + tag[:5]}], model="m")
    return ra, rb
