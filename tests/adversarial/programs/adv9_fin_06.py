"""A generator from the program's second module has a finally; each loop item reads only its
first part, and the generator is closed when freed."""

import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:  # the program's second module sits beside it
    sys.path.insert(0, str(Path(__file__).parent))

from adv9_shared.final import lines

CAUSE = "finalizer"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topics: list):
    out = []
    for t in topics:
        parts = lines(ask(t), LOG)
        out.append(next(parts, ""))
    LOG.append("loop done")
    return out
