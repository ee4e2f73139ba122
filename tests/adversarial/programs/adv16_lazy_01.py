"""zip with the mapped calls on the LEFT: zip advances the left iterator before it notices
the right one is exhausted, so one extra call is made beyond the labels."""

import autoform as af

CAUSE = "zip order"
ARGS = (["owls", "cats", "dogs", "bees"], ["a", "b"])


def ask(t):
    return af.lm_call([{"role": "user", "content": f"describe {t}"}], model="m")


def main(items: list, labels: list):
    pairs = list(zip(map(ask, items), labels))
    return pairs
