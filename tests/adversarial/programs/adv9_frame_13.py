"""A helper in the program's second module names who called main (sys._getframe(3))."""

import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:  # the program's second module sits beside it
    sys.path.insert(0, str(Path(__file__).parent))

from adv9_shared.frames import entry_point

CAUSE = "frames"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": entry_point() + ": " + q}], model="m")


def main(topic: str):
    a = ask(topic)
    b = ask(a[:8])
    return [a, b]
