"""Item 0's key is a dict (unhashable); item 1's call fails: TypeError first."""

import autoform as af

CAUSE = 10
ARGS = ([{"k": 1}, "FAILING"],)
FAIL = {"FAILING"}


def main(keys: list):
    table = {}
    for k in keys:
        table[k] = af.lm_call([{"role": "user", "content": str(k)}], model="m")
    return table
