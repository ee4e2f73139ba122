"""An object of the second module's class comes in as an argument; no global names its class."""

import asyncio
import importlib
import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:  # the program's second module sits beside it
    sys.path.insert(0, str(Path(__file__).parent))

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


def main(svc, topic: str):
    a = ask(topic)
    b = ask(svc.lookup(a))
    return [a, b]


ARGS = (importlib.import_module("adv5_shared.docs").Service(), "owls")
