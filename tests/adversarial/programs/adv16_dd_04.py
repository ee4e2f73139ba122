"""A helper rebinds a module global to a fresh defaultdict at the start of main; the loop
reads reply keys of the global."""

import collections

import autoform as af

CAUSE = "global rebound to defaultdict by helper"
ARGS = (["owls", "cats", "dogs"],)
INDEX = {}


def fresh():
    global INDEX
    INDEX = collections.defaultdict(int)


def main(items: list):
    fresh()
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(INDEX)}"}], model="m")
        out.append(INDEX[r])
    return out
