"""A nested def's default value asks whether a loop runs; evaluated when the def runs."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


def _mode():
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return "sync"
    return "async"


def main(topic: str):
    a = ask(topic)

    def tag(text, mode=_mode()):  # noqa: B008 (the point)
        return f"[{mode}] {text}"

    b = ask(tag(a))
    return [a, b]
