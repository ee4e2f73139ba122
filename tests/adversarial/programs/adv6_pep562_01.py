"""A helper from the program's second module, made by its module-level __getattr__
(PEP 562) when the function reads it; making and calling it run asyncio.run."""

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


def main(topic: str):
    a = ask(topic)
    b = ask(lazy.expand(a))
    c = ask(lazy.shrink(topic))
    return [a, b, c]
