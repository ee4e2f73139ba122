"""A fanned-out loop adds its replies to a set of wrappers whose `__eq__` and `__hash__`
ask asyncio.get_running_loop() (no loop in the sequential run)."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)
LOG = []


def _loop_seen():
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


class Reply:
    def __init__(self, text):
        self.text = text

    def __hash__(self):
        LOG.append(("hash", _loop_seen()))
        return 1

    def __eq__(self, other):
        LOG.append(("eq", _loop_seen()))
        return self.text == other.text


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    seen = set()
    for w in [topic, topic + "s", topic]:
        seen.add(Reply(ask(w)))
    return sorted(r.text for r in seen)
