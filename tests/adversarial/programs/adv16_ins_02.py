"""Formatter.vformat inserts: a local defaultdict is read at a reply-derived key through string.Formatter().vformat; the prompts quote
its size, read into an int first."""

import collections
import string

import autoform as af

CAUSE = "Formatter.vformat inserts"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    table = collections.defaultdict(str)
    out = []
    for t in items:
        n = len(table)
        r = af.lm_call([{"role": "user", "content": f"{t} keys={n}"}], model="m")
        key = r[3:7]
        out.append(string.Formatter().vformat("{" + key + "}.", (), table))
    return out, sorted(table)
