"""The first item's call fails; each item's label is its topic split on an empty separator
(ValueError): which error comes out first?"""

import autoform as af

CAUSE = "split empty sep after failing call"
ARGS = (["owls", "cats"], "")
FAIL = ["owls"]


def main(items: list, sep: str):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        label = t.split(sep)
        out.append((r, label))
    return out
