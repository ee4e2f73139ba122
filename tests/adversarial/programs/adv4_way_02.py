"""A decorator picks sync or async by asking for the running loop; the helper it wraps is sync."""

import asyncio
import functools

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


def either(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return fn(*args)
        return "scheduled:" + fn(*args)

    return wrapper


@either
def shout(text):
    return text.upper()


def main(topic: str):
    a = ask(topic)
    b = ask(shout(a))
    return [a, b]
