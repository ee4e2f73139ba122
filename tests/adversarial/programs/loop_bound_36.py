"""An async def pipeline asks for its running loop and current task (it has both)."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)


def in_loop():
    try:
        asyncio.get_running_loop()
        return True
    except RuntimeError:
        return False


async def main(topic: str):
    a = await af.lm_call.acall([{"role": "user", "content": topic}], model="m")
    task = asyncio.current_task()
    b = await af.lm_call.acall([{"role": "user", "content": str(in_loop())}], model="m")
    return [a, b, task is not None, in_loop()]
