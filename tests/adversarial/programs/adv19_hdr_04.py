"""A nested loop's source is a comprehension of replies that reads the outer variable."""

import autoform as af

CAUSE = "comprehension in inner for header"
ARGS = (["owls", "cats"], ["x", "y"])


def main(items: list, tags: list):
    out = []
    for t in items:
        for r in [af.lm_call([{"role": "user", "content": t + g}], model="m") for g in tags]:
            out.append(r)
    return out
