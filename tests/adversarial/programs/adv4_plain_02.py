"""Precision: a user class with a method named `run` and a local `get_running_loop`."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


class Runner:
    def run(self, w):
        return "ran " + w


def get_running_loop():
    return "mine"


def main(topic: str):
    runner = Runner()
    a = ask(topic)
    b = ask(runner.run(a) + get_running_loop())
    return [a, b]
