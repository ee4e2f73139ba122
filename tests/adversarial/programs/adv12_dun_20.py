"""A meter passed in ARGS (built by a factory): `in` tests decide a second call."""

import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))
from adv12_shared import factory  # noqa: E402

CAUSE = "fan-out contains via args"
ARGS = (["owls", "cats", "dogs", "bees"], factory.meter())


def main(topics: list, meter):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        if r in meter:
            r = af.lm_call([{"role": "user", "content": "again " + r}], model="m")
        out.append(r)
    return out
