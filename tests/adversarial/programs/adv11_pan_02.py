"""A panel built with fresh histories; main then makes the second member share the first's."""

import sys
from pathlib import Path

import autoform as af  # noqa: F401

if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))
from adv11_shared.panel import Panelist  # noqa: E402

CAUSE = "methods"
ARGS = ("owls",)


def main(q: str):
    panel = [Panelist("ann"), Panelist("bob"), Panelist("cy")]
    panel[1].history = panel[0].history
    opinions = {}
    for p in panel:
        opinions[p.name] = p.ask(q)
    return opinions
