"""A hidden-module meter passed as an argument: its str() in a print inside a loop, then its
count read after the loop."""

import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))
from adv12_shared import factory  # noqa: E402

CAUSE = "fan-out print hidden str"
ARGS = (["owls", "cats", "dogs"], factory.meter())


def main(topics: list, meter):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        print(r, meter)
        out.append(r)
    return out, meter.count
