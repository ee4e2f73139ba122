"""A fan-out of 200 items whose calls pass a class (not an instance) as response_format:
classes given as keyword arguments do not count as objects, so the calls overlap."""

import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:  # the program's second module sits beside it
    sys.path.insert(0, str(Path(__file__).parent))

from adv10_shared.schema import Answer

CAUSE = "performance"
ARGS = ([f"topic {i}" for i in range(200)],)


def main(topics: list):
    return [
        af.lm_call([{"role": "user", "content": t}], model="m", response_format=Answer)
        for t in topics
    ]
