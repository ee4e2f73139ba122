"""A helper making LM calls reads names of a PEP 562 module (its `__getattr__` notes each
asking, and whether a loop runs then)."""

import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:  # the program's second module sits beside it
    sys.path.insert(0, str(Path(__file__).parent))

from adv6_shared import counted

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def helper(t):
    x = ask(counted.widen(t))
    y = ask(counted.narrow(t))
    return [x, y]


def main(topic: str):
    counted.ASKED.clear()
    a = ask(topic)
    h = helper(a)
    return [a, h, list(counted.ASKED)]
