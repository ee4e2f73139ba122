"""The budget class is decorated by another module's decorator, which adds __bool__."""

import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))
from adv12_shared.deco import spending  # noqa: E402

CAUSE = "fan-out dunder class decorator"
ARGS = (["owls", "cats", "dogs", "bees"],)


@spending
class Budget:
    def __init__(self, n):
        self.n = n


def main(topics: list):
    budget = Budget(2)
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        if budget:
            r = af.lm_call([{"role": "user", "content": "refine " + r}], model="m")
        out.append(r)
    return out
