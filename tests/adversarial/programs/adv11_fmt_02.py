"""A tracker from another module formats itself with a counter kept on its class; the
prompts of two independent calls and the count after them."""

import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))
from adv11_shared.registry import Tracker

CAUSE = "format"
ARGS = ("owls",)


def main(topic: str):
    Tracker.calls = 0
    a = af.lm_call([{"role": "user", "content": f"{Tracker(topic)} summary"}], model="m")
    b = af.lm_call([{"role": "user", "content": f"{Tracker(topic)} critique"}], model="m")
    n = Tracker.calls
    c = af.lm_call([{"role": "user", "content": f"{a} {b} {n}"}], model="m")
    return [a, b, c]
