"""Inside a loop body, an if test is any() over a generator of replies for the item's tags."""

import autoform as af

CAUSE = "genexp in if inside loop"
ARGS = (["owls", "cats"], ["x", "y"])


def main(items: list, tags: list):
    out = []
    for t in items:
        if any("y" in af.lm_call([{"role": "user", "content": t + g}], model="m") for g in tags):
            out.append(t)
    return out
