"""A meter passed in ARGS is indexed with each reply: its __getitem__ counts."""

import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))
from adv12_shared import factory  # noqa: E402

CAUSE = "fan-out getitem via args"
ARGS = (["owls", "cats", "dogs"], factory.meter())


def main(topics: list, meter):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(af.lm_call([{"role": "user", "content": meter[r]}], model="m"))
    return out
