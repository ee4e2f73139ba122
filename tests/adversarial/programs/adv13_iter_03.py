"""A set of seen topics is iterated while the loop adds each reply's tag to it."""

import autoform as af

CAUSE = "set grows while iterated"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    seen = set(items)
    out = {}
    for t in seen:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out[t] = r
        seen.add(r)
    return out
