"""repr() of an object in an LM call's argument; __repr__ names the current task."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Job:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        task = asyncio.current_task() if _running() else None
        return f"Job({self.name}, task={task is not None})"


def _running():
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def main(topic: str):
    job = Job(topic)
    a = ask(topic)
    b = ask(a + repr(job))
    return [a, b]
