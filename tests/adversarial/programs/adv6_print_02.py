"""The function replaces sys.stdout (after the entry check) with a stream whose `write`
runs asyncio.run, then prints from a fanned-out loop's items."""

import asyncio
import sys

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)
LOG = []


async def _w(s):
    await asyncio.sleep(0)
    return s


class Loud:
    def write(self, s):
        LOG.append(asyncio.run(_w(s)))
        return len(s)

    def flush(self):
        pass


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    old = sys.stdout
    sys.stdout = Loud()
    out = []
    for w in [topic, topic + "s", topic + "es"]:
        r = ask(w)
        print("got", r)
        out.append(r)
    sys.stdout = old
    return out
