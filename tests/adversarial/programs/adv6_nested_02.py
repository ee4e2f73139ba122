"""The function awaits nothing but hands a compiled pipeline's coroutine to a loop it makes
itself, in a fanned-out loop's items."""

import asyncio
import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:  # the program's second module sits beside it
    sys.path.insert(0, str(Path(__file__).parent))

from adv6_shared.inner import summary

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def digest(t):
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(summary(t))
    finally:
        loop.close()


def main(topic: str):
    out = []
    for w in [topic, topic + "s"]:
        out.append(digest(ask(w)))
    return out
