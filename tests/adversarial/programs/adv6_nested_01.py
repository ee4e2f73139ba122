"""A helper runs, with asyncio.run, a pipeline another module compiled with af.concurrent
(its call gives a coroutine, as in the sequential program)."""

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
    return asyncio.run(summary(t))


def main(topic: str):
    a = ask(topic)
    d = digest(a)
    b = ask(d)
    return [a, d, b]
