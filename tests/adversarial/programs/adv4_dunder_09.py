"""__bool__ asks whether a loop runs: `if flag:` decides the second prompt."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Flag:
    def __bool__(self):
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return True
        return False


def main(topic: str):
    flag = Flag()
    a = ask(topic)
    if flag:  # noqa: SIM108 (an if statement, the point)
        b = ask("on " + a)
    else:
        b = ask("off " + a)
    return [a, b]
