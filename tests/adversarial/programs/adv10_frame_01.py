"""A frame read through inspect.getframeinfo(inspect.currentframe().f_back.f_back) in a
module reached only through a helper's helper."""

import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:  # the program's second module sits beside it
    sys.path.insert(0, str(Path(__file__).parent))

from adv10_shared import deep

CAUSE = "frames"
ARGS = (["owls", "cats"],)
LOG = []


def ask(q):
    LOG.append(deep.relay())
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topics: list):
    return [ask(t) for t in topics]
