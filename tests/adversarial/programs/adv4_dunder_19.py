"""sorted() of user objects whose __lt__ asks whether a loop runs."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Item:
    def __init__(self, w):
        self.w = w

    def __lt__(self, other):
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return self.w < other.w
        return self.w > other.w

    def __repr__(self):
        return self.w


def main(topic: str):
    items = [Item("b"), Item("a"), Item("c")]
    a = ask(topic)
    order = sorted(items)
    b = ask(a + repr(order))
    return [a, b]
