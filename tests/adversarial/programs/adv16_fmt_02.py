"""printf-style % formatting with a mapping that is a defaultdict: '%(name)s' reads insert
missing keys; the prompts quote the size."""

import collections

import autoform as af

CAUSE = "percent mapping inserts"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    slots = collections.defaultdict(str)
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} slots={len(slots)}"}], model="m")
        key = r[3:7]
        out.append(("%(" + key + ")s|") % slots)
    return out, len(slots)
