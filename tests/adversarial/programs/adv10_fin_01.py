"""A finalizer in a module reached only through a helper's helper; the order things are
freed in is logged, relative to the loop's end."""

import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:  # the program's second module sits beside it
    sys.path.insert(0, str(Path(__file__).parent))

from adv10_shared import outer

CAUSE = "finalizer"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(outer.tidy(r, LOG))
    LOG.append("loop done")
    return out
