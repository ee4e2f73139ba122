"""A registry dict (of another module) holds a meter; a loop reads len() of it after each
reply."""

import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))
from adv12_shared import factory  # noqa: E402

CAUSE = "fan-out len via registry"
ARGS = (["owls", "cats", "dogs"],)
factory.register("meter", factory.meter())


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        n = len(factory.REGISTRY["meter"])
        out.append(af.lm_call([{"role": "user", "content": f"{r} #{n}"}], model="m"))
    return out
