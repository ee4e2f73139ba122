"""A dict comprehension whose key is an LM call; duplicates collapse (the later wins)."""

import autoform as af

CAUSE = "dict comp duplicate keys"
ARGS = (["owls", "cats", "owls"],)


def main(items: list):
    d = {af.lm_call([{"role": "user", "content": t}], model="m"): i for i, t in enumerate(items)}
    return d
