"""A setup helper rebinds the module's INDEX (first a plain dict) to a defaultdict before
the loop; a lookup helper reads the reply's key of INDEX."""

import collections

import autoform as af

CAUSE = "defaultdict read inserts"
ARGS = (["owls", "cats", "dogs"],)
INDEX = {}


def setup():
    global INDEX
    INDEX = collections.defaultdict(list)


def lookup(key):
    return INDEX[key]


def main(items: list):
    setup()
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(INDEX)}"}], model="m")
        out.append(len(lookup(r)))
    return out
