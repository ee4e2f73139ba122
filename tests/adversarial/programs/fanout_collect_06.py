"""The collect step stores under a key that is a list from the reply (unhashable) on item 0."""

import autoform as af

CAUSE = 10
ARGS = (["a", "b-FAIL"],)
FAIL = {"FAIL"}


def main(items: list):
    table = {}
    for it in items:
        key = it.split("-")
        table[key if it == "a" else it] = af.lm_call([{"role": "user", "content": it}], model="m")
    return table
