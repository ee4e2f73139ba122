"""A meter from a factory (its module imported by importlib in the call) is formatted into
each prompt of a loop: its __str__ counts."""

import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))
from adv12_shared import factory  # noqa: E402

CAUSE = "fan-out str hidden module"
ARGS = (["owls", "cats", "dogs"],)


def main(topics: list):
    meter = factory.meter()
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(af.lm_call([{"role": "user", "content": f"{r} {meter}"}], model="m"))
    return out
