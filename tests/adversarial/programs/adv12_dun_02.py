"""A budget built by a factory that imports its class only when called."""

import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))
from adv12_shared import factory  # noqa: E402

CAUSE = "fan-out dunder via factory"
ARGS = (["owls", "cats", "dogs", "bees"],)


def main(topics: list):
    budget = factory.budget(2)
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        if budget:
            r = af.lm_call([{"role": "user", "content": "refine " + r}], model="m")
        out.append(r)
    return out
