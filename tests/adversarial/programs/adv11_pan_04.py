"""A panel where a member's history is a module-level list (a shared transcript)."""

import sys
from pathlib import Path

import autoform as af  # noqa: F401

if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))
from adv11_shared.panel import Panelist  # noqa: E402

CAUSE = "methods"
ARGS = ("owls",)
TRANSCRIPT = []


def main(q: str):
    panel = [Panelist("ann", TRANSCRIPT), Panelist("bob"), Panelist("cy", TRANSCRIPT)]
    return [p.ask(q) for p in panel]
