"""itertools.takewhile over replies stops at the first short one."""

import itertools

import autoform as af

CAUSE = "takewhile stops early"
ARGS = (["owls", "cat", "dogs"],)


def main(items: list):
    g = (af.lm_call([{"role": "user", "content": t}], model="m") for t in items)
    return list(itertools.takewhile(lambda r: len(r) > 7, g))
