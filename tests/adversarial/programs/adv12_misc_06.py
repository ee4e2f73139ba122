"""format_map with a dict subclass of another module... here: a Meter from a factory
indexed by str.format's field lookup `{m[key]}`."""

import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))
from adv12_shared import factory  # noqa: E402

CAUSE = "fan-out format field getitem"
ARGS = (["owls", "cats", "dogs"],)


def main(topics: list):
    m = factory.meter()
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(
            af.lm_call([{"role": "user", "content": "{m[k]} {r}".format(m=m, r=r)}], model="m")
        )
    return out
