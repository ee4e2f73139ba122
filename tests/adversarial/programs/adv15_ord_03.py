"""Augmented assignment to a missing key: Python reads the key before the right side."""

import autoform as af

CAUSE = "eval order"
ARGS = ("owls",)


def main(topic: str):
    counts = {"cats": 0}
    first = af.lm_call([{"role": "user", "content": topic}], model="m")
    try:
        counts[topic] += len(af.lm_call([{"role": "user", "content": "again " + topic}], model="m"))
    except KeyError as exc:
        print("missing", exc)
    return first, counts
