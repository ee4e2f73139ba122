"""A refinement budget from another module, its class name deleted after use: only ARGS
holds the object. The first two items get a second call."""

import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))
from adv12_shared.hidden import Budget  # noqa: E402

CAUSE = "fan-out dunder hidden module"
ARGS = (["owls", "cats", "dogs", "bees"], Budget(2))
del Budget


def main(topics: list, budget):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        if budget:
            r = af.lm_call([{"role": "user", "content": "refine " + r}], model="m")
        out.append(r)
    return out
