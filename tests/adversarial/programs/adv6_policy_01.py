"""The function installs a fresh event-loop policy between calls; a helper then asks that
policy for its loop (a fresh policy in the main thread makes one) and runs on it."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


async def _fetch(w):
    await asyncio.sleep(0)
    return "pol " + w[:5]


def fresh():
    asyncio.set_event_loop_policy(asyncio.DefaultEventLoopPolicy())


def use(w):
    policy = asyncio.get_event_loop_policy()
    try:
        loop = policy.get_event_loop()
    except RuntimeError as exc:
        return "no loop: " + str(exc)[:20]
    try:
        return loop.run_until_complete(_fetch(w))
    finally:
        loop.close()
        policy.set_event_loop(None)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    old = asyncio.get_event_loop_policy()
    fresh()
    try:
        a = ask(topic)
        b = ask(use(a))
    finally:
        asyncio.set_event_loop_policy(old)
    return [a, b]
