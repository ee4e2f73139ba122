"""Each item of a fanned-out loop rebinds a name to a wrapper whose `__del__` notes whether
a loop runs when it is freed (never, in the sequential run)."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)
LOG = []


class Wrap:
    def __init__(self, text):
        self.text = text

    def __del__(self):
        try:
            asyncio.get_running_loop()
            LOG.append("loop")
        except RuntimeError:
            LOG.append("no loop")


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    out = []
    for t in [topic, topic + "s", topic + "es"]:
        w = Wrap(ask(t))
        out.append(w.text)
    del w
    return sorted(LOG), out
