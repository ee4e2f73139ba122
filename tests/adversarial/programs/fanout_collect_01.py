"""The collect step `table[k] = r` fails on item 1 (unhashable key) before item 2's call fails."""

import autoform as af

CAUSE = 10
ARGS = ([("k1",), ["k2"], ("FAILME",)],)
FAIL = {"FAILME"}


def main(keys: list):
    table = {}
    for k in keys:
        table[k] = af.lm_call([{"role": "user", "content": str(k)}], model="m")
    return table
