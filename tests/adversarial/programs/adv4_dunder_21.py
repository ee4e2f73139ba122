"""An object as a list index: its __index__ asks whether a loop runs."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Pick:
    def __index__(self):
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return 0
        return 1


def main(topic: str):
    pick = Pick()
    a = ask(topic)
    b = ask(a + "!")
    return [a, b][pick]
