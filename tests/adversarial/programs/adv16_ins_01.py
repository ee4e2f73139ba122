"""re.sub callback inserts: a local defaultdict is read at a reply-derived key through re.sub with a lambda; the prompts quote
its size, read into an int first."""

import collections
import re

import autoform as af

CAUSE = "re.sub callback inserts"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    table = collections.defaultdict(str)
    out = []
    for t in items:
        n = len(table)
        r = af.lm_call([{"role": "user", "content": f"{t} keys={n}"}], model="m")
        key = r[3:7]
        out.append(re.sub(r"\{(\w+)\}", lambda m: table[m.group(1)] or "-", "{" + key + "}!"))
    return out, sorted(table)
