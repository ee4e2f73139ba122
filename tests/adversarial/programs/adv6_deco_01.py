"""A helper making LM calls, wrapped by a decorator of the user's (functools.wraps) whose
wrapper runs asyncio.run before calling it."""

import asyncio
import functools

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)
LOG = []


async def _stamp(name):
    await asyncio.sleep(0)
    return "called " + name


def stamped(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        LOG.append(asyncio.run(_stamp(fn.__name__)))
        return fn(*args)

    return wrapper


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


@stamped
def pair(t):
    return [ask(t), ask(t + "?")]


def main(topic: str):
    a = ask(topic)
    p = pair(a[:6])
    q = pair(topic)
    return [a, p, q]
