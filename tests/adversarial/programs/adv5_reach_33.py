"""An object a function of the second module makes (through the module): a loop property."""

import asyncio
import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:  # the program's second module sits beside it
    sys.path.insert(0, str(Path(__file__).parent))

from adv5_shared import docs

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


def main(topic: str):
    user = docs.make_user(topic)
    a = ask(topic)
    b = ask(a + user.profile)
    return [a, b]
