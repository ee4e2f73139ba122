"""__eq__ asks whether a loop runs; `if key == a` picks a branch (a silent value)."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Key:
    def __eq__(self, other):
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return True
        return False

    __hash__ = object.__hash__


def main(topic: str):
    key = Key()
    a = ask(topic)
    if key == a:  # noqa: SIM108 (an if statement, the point)
        b = ask("same " + a)
    else:
        b = ask("different " + a)
    return [a, b]
