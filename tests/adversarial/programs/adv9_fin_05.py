"""A class from the program's second module has a `__del__`; loop items rebind one."""

import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:  # the program's second module sits beside it
    sys.path.insert(0, str(Path(__file__).parent))

from adv9_shared.final import Tracked

CAUSE = "finalizer"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topics: list):
    Tracked.freed = LOG
    out = []
    for t in topics:
        w = Tracked(ask(t))
        out.append(w.text)
    LOG.append("loop done")
    return out
