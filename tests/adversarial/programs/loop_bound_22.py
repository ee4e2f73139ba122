"""asyncio.current_task() in the function decides whether to log a task name."""

import asyncio

import autoform as af

CAUSE = "outside-loop"
ARGS = ("owl",)


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    try:
        task = asyncio.current_task()
    except RuntimeError:
        task = None
    print("task:", task is not None)
    b = af.lm_call([{"role": "user", "content": str(task is None)}], model="m")
    return [a, b]
