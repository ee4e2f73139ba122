"""A template per item filled with format; one template has a numeric spec that a str
cannot take: earlier items' LOG lines must be there when the ValueError comes."""

import autoform as af

CAUSE = "template spec in loop prefetch"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def main(items: list):
    out = []
    for i, t in enumerate(items):
        prompt = "Item {}: {}".format(t, i) if i < 2 else "Item {:d}".format(t)
        r = af.lm_call([{"role": "user", "content": prompt}], model="m")
        LOG.append(r)
        out.append(r)
    return out
