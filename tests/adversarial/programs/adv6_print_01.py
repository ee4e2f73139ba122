"""Items of a fanned-out loop print to a stream of the user's whose `write` runs
asyncio.run."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)
LOG = []


async def _stamp(s):
    await asyncio.sleep(0)
    return s.strip()


class Sink:
    def write(self, s):
        if s.strip():
            LOG.append(asyncio.run(_stamp(s)))
        return len(s)

    def flush(self):
        pass


SINK = Sink()


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    out = []
    for w in [topic, topic + "s", topic + "es"]:
        r = ask(w)
        print("got", r, file=SINK)
        out.append(r)
    return out
