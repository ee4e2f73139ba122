"""A live keys() view taken before the loop: each item stores its label in the dict and the
next prompt lists the view (which sees the stores)."""

import autoform as af

CAUSE = "loop collection read through an alias"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    labels = {}
    known = labels.keys()
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t}; known: {sorted(known)}"}], model="m")
        labels[t] = r
        out.append(r)
    return out
