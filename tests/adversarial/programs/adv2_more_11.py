"""totals[x] += len(reply) in a loop: the lookup of a missing key raises before the call
is made (Python reads the target first)."""

import autoform as af

CAUSE = 5
ARGS = (["a", "b", "c"],)


def main(items: list[str]):
    totals = {"a": 0, "c": 0}
    for x in items:
        totals[x] += len(af.lm_call([{"role": "user", "content": x}], model="m"))
    return totals
