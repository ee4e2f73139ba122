"""A nested loop: each outer item fans out over inner items."""

import autoform as af

CAUSE = "control"
ARGS = (["x", "y"], ["1", "2", "3"])


def main(outer: list, inner: list):
    table = {}
    for o in outer:
        row = []
        for i in inner:
            row.append(af.lm_call([{"role": "user", "content": o + i}], model="m"))
        table[o] = row
    return table
