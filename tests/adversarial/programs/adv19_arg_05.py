"""An iterator argument consumed partly before the loop (next), then by the loop."""

import autoform as af

CAUSE = "iterator partly consumed"
ARGS = (iter(["head", "owls", "cats"]),)


def main(items):
    head = next(items, None)
    return head, [af.lm_call([{"role": "user", "content": t}], model="m") for t in items]
