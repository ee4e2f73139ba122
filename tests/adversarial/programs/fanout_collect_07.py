"""Keys that compare equal but differ in type (1 and True): the first key object is kept."""

import autoform as af

CAUSE = 10
ARGS = ([1, True, 1.0],)


def main(keys: list):
    table = {}
    for k in keys:
        table[k] = af.lm_call([{"role": "user", "content": repr(k)}], model="m")
    return [list(table.items()), [type(k).__name__ for k in table]]
