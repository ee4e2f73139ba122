"""A panel whose members share one history list passed to each constructor; each member's
prompt quotes the shared history's length."""

import sys
from pathlib import Path

import autoform as af  # noqa: F401

if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))
from adv11_shared.panel import Panelist  # noqa: E402

CAUSE = "methods"
ARGS = ("owls",)


def main(q: str):
    shared = []
    panel = [Panelist("ann", shared), Panelist("bob", shared), Panelist("cy", shared)]
    opinions = {}
    for p in panel:
        opinions[p.name] = p.ask(q)
    return opinions, shared
