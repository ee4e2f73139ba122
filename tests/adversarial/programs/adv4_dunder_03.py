"""An f-string with a format spec, built into a local then sent; __format__ asks for the loop."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Stamp:
    def __format__(self, spec):
        try:
            asyncio.get_running_loop()
            mode = "async"
        except RuntimeError:
            mode = "sync"
        return format(mode, spec)


def main(topic: str):
    stamp = Stamp()
    a = ask(topic)
    line = f"[{stamp:>8}] {a}"
    b = ask(line)
    return [a, b, line]
