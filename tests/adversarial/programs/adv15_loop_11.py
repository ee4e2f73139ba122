"""A defaultdict held in a module imported by a helper only (json-like registry via
sys.modules lookup), read in the loop via a helper."""

import collections
import sys

import autoform as af

CAUSE = "defaultdict read inserts"
ARGS = (["owls", "cats", "dogs"],)
REG = collections.defaultdict(list)


def registry():
    return sys.modules[__name__].REG


def main(items: list):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(registry())}"}], model="m")
        out.append(len(registry()[r]))
    return out
