"""A named-field format ("{d[key]}".format(d=table)) over a local defaultdict; straight
line: two replies' keys are read, then a third call quotes the table size."""

import collections

import autoform as af

CAUSE = "format field index inserts - straight line"
ARGS = ("owls", "cats")


def main(a: str, b: str):
    table = collections.defaultdict(int)
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    sa = ("{d[" + ra[3:7] + "]}").format(d=table)
    n = len(table)
    rb = af.lm_call([{"role": "user", "content": f"{b} size={n}"}], model="m")
    return sa, rb
