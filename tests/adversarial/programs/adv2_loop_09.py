"""A loop over dict.items() that deletes nothing but reassigns values: allowed; a call per
item reads the value."""

import autoform as af

CAUSE = 8
ARGS = ({"a": "x", "b": "y"},)


def main(table: dict):
    for k, v in table.items():
        table[k] = af.lm_call([{"role": "user", "content": k + v}], model="m")
    return table
