"""`[[]] * n` buckets: every bucket is the same list; each item appends to its bucket and
reads its length."""

import autoform as af

CAUSE = "list multiply aliases"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    buckets = [[]] * len(items)
    for i, t in enumerate(items):
        r = af.lm_call([{"role": "user", "content": f"{t} bucket={len(buckets[i])}"}], model="m")
        buckets[i].append(r)
    return buckets[0]
