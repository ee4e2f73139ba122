"""store[k] = a where __setitem__ runs asyncio.run to save it; the log is compared."""

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


class Store:
    def __setitem__(self, key, value):
        LOG.append(asyncio.run(_fetch(key + "=" + value[:5])))


def main(topic: str):
    store = Store()
    a = ask(topic)
    store["first"] = a
    b = ask(a + "!")
    return [a, b]
