"""Nested loops with an inner break and an outer continue, and a name bound in the inner
loop read after both loops."""

import autoform as af

CAUSE = "nested break continue"
ARGS = ([["owls", "cats"], [], ["dogs", "bees", "ants"]],)


def main(groups: list):
    out = []
    last = None
    for g in groups:
        if not g:
            continue
        for t in g:
            last = af.lm_call([{"role": "user", "content": t}], model="m")
            out.append(last)
            if t.startswith("b"):
                break
    return out, last
