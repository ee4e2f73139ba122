"""A sync-or-async helper method: a try on get_running_loop chooses asyncio.run or a task."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


LOG = []
_pending = set()


class Notifier:
    def send(self, text):
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            LOG.append(asyncio.run(_fetch(text[:5])))
            return "sent"
        _pending.add(loop.create_task(_fetch(text[:5])))
        return "queued"


def main(topic: str):
    n = Notifier()
    a = ask(topic)
    status = n.send(a)
    b = ask(a + status)
    return [a, b]
