"""A def pipeline runs one compiled pipeline with asyncio.run and another through its
sched's `.call`, in a fanned-out loop's items."""

import asyncio
import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:  # the program's second module sits beside it
    sys.path.insert(0, str(Path(__file__).parent))

from adv6_shared.inner import summary

CAUSE = "event loop"
ARGS = ("owls",)


def _pair(t: str):
    a = af.lm_call([{"role": "user", "content": "one " + t}], model="m")
    b = af.lm_call([{"role": "user", "content": "two " + t}], model="m")
    return [a, b]


pair_sched = af.sched(af.trace(_pair)("x"))


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    out = []
    for w in [topic, topic + "s"]:
        r = ask(w)
        out.append([asyncio.run(summary(r[:6])), pair_sched.call(r[:5])])
    return out
