"""A local list read by a chained call is appended to right after (a local mutation)."""

import autoform as af

CAUSE = "chain-order"
ARGS = ()


def main():
    notes = ["n0"]
    a = af.lm_call([{"role": "user", "content": "a"}], model="m")
    b = af.lm_call([{"role": "user", "content": "b"}], model="m")
    x = af.lm_call([{"role": "user", "content": a}], model="m")
    y = af.lm_call([{"role": "user", "content": b + str(notes)}], model="m")
    notes.append("n1")
    return [x, y, notes]
