"""Per-item pre- and post-processing with the global random module: each item's prompt and
its reply's pick both draw from it."""

import random

import autoform as af

CAUSE = "global random pre and post"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    random.seed(7)
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} {random.randint(0, 99)}"}], model="m")
        out.append((r, random.randint(0, 99)))
    return out
