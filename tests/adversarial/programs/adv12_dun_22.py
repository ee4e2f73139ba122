"""A meter reached through a class attribute: a set of seen replies hashes it each turn."""

import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))
from adv12_shared import factory  # noqa: E402

CAUSE = "fan-out hash via class attribute"
ARGS = (["owls", "cats", "dogs"],)


class Config:
    meter = factory.meter()


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        seen = {Config.meter}
        out.append(
            af.lm_call([{"role": "user", "content": f"{r} {Config.meter.count}"}], model="m")
        )
        out.append(len(seen))
    return out
