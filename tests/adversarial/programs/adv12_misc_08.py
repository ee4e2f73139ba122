"""copy.copy of a hidden-module meter per turn (copy reads __reduce_ex__ ... and __str__ in
the prompt counts)."""

import copy
import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))
from adv12_shared import factory  # noqa: E402

CAUSE = "fan-out copy of hidden object"
ARGS = (["owls", "cats", "dogs"],)
METER = factory.meter()


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        c = copy.copy(METER)
        out.append(
            af.lm_call([{"role": "user", "content": f"{r} {str(METER)} {c.count}"}], model="m")
        )
    return out
