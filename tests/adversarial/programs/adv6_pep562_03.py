"""A helper runs a PEP 562 module's made function (making and calling it run asyncio.run),
and is called from a fanned-out loop."""

import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:  # the program's second module sits beside it
    sys.path.insert(0, str(Path(__file__).parent))

from adv6_shared import lazy

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def helper(t):
    x = ask(t)
    return ask(lazy.grow(x))


def main(topic: str):
    out = []
    for w in [topic, topic + "s"]:
        out.append(helper(w))
    return out
