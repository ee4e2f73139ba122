"""An async def pipeline awaits a pipeline compiled elsewhere and also runs another through
its sched's synchronous `.call` (inside a running loop: on a worker thread)."""

import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:  # the program's second module sits beside it
    sys.path.insert(0, str(Path(__file__).parent))

from adv6_shared.inner import summary

CAUSE = "async"
ARGS = ("owls",)


def _pair(t: str):
    a = af.lm_call([{"role": "user", "content": "one " + t}], model="m")
    b = af.lm_call([{"role": "user", "content": "two " + t}], model="m")
    return [a, b]


pair_sched = af.sched(af.trace(_pair)("x"))


async def main(topic: str):
    s = await summary(topic)
    p = pair_sched.call(s[:6])
    t = await pair_sched.acall(topic)
    return [s, p, t]
