"""A helper asks asyncio.current_task() and asyncio.all_tasks() (no loop: both raise)."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def probe():
    said = []
    for f in (asyncio.current_task, asyncio.all_tasks):
        try:
            f()
            said.append("ran")
        except RuntimeError as exc:
            said.append(str(exc))
    return said


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(topic)
    p = probe()
    b = ask(topic + p[0])
    return [a, b, p]
