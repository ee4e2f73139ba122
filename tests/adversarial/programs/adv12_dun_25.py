"""Control for dun_01: the budget class imported from another module by name (kept)."""

import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))
from adv12_shared.hidden import Budget  # noqa: E402

CAUSE = "fan-out dunder imported module"
ARGS = (["owls", "cats", "dogs", "bees"],)


def main(topics: list):
    budget = Budget(2)
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        if budget:
            r = af.lm_call([{"role": "user", "content": "refine " + r}], model="m")
        out.append(r)
    return out
