"""A set comprehension of replies, then a loop over it (order by hash, same both ways)."""

import autoform as af

CAUSE = "set comp then loop"
ARGS = (["owls", "cats", "owls"],)


def main(items: list):
    s = {af.lm_call([{"role": "user", "content": t}], model="m") for t in items}
    return sorted(s), len(s)
