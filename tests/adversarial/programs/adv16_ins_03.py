"""ChainMap over local defaultdict: a local defaultdict is read at a reply-derived key through a ChainMap made in the loop; the prompts quote
its size, read into an int first."""

import collections

import autoform as af

CAUSE = "ChainMap over local defaultdict"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    table = collections.defaultdict(str)
    out = []
    for t in items:
        n = len(table)
        r = af.lm_call([{"role": "user", "content": f"{t} keys={n}"}], model="m")
        key = r[3:7]
        out.append(collections.ChainMap({}, table)[key])
    return out, sorted(table)
