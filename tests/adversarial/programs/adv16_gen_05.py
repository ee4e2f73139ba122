"""Iterating a dict while a helper adds keys to it: the sequential run raises
RuntimeError after the first item's helper call; caught, the partial results are kept."""

import autoform as af

CAUSE = "dict changed during iteration"
ARGS = ({"owls": 1, "cats": 2, "dogs": 3},)


def remember(table, key, reply):
    if len(reply) > 8:
        table[key + "!"] = len(reply)


def main(table: dict):
    out = []
    try:
        for k in table:
            r = af.lm_call([{"role": "user", "content": k}], model="m")
            remember(table, k, r)
            out.append(r)
    except RuntimeError as exc:
        out.append(str(exc))
    return out, sorted(table)
