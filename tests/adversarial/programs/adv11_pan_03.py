"""A panel where one member is of a subclass made at run time (with type()) whose ask logs
before asking."""

import sys
from pathlib import Path

import autoform as af  # noqa: F401

if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))
from adv11_shared.panel import Panelist  # noqa: E402

CAUSE = "methods"
ARGS = ("owls",)
LOG = []


def _loud_ask(self, q):
    r = Panelist.ask(self, q)
    LOG.append("asked " + self.name)
    return r


def main(q: str):
    Loud = type("Loud", (Panelist,), {"ask": _loud_ask})
    panel = [Loud("ann"), Loud("bob"), Panelist("cy"), Loud("dee")]
    opinions = {}
    for p in panel:
        opinions[p.name] = p.ask(q)
    return opinions
