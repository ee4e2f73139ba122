"""Assignment to a subscript built from the first reply's own value beside another call."""

import autoform as af

CAUSE = 'gather subscript target'
ARGS = ("owls", "cats")


def main(a: str, b: str):
    d = {}
    d[len(d)] = af.lm_call([{"role": "user", "content": a}], model="m")
    d[len(d)] = af.lm_call([{"role": "user", "content": b}], model="m")
    return d
