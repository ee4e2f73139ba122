"""Two items fail with different messages: the sequential run raises the first item's error,
even though the later one's reply comes back first."""

import autoform as af

CAUSE = "first failure wins"
ARGS = (["owls", "cats", "dogs", "bees"],)
FAIL = {"cats": KeyError, "bees": ValueError}


def main(items: list):
    return [af.lm_call([{"role": "user", "content": t}], model="m") for t in items]
