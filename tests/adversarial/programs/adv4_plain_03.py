"""Precision: asyncio.run on worker threads (no loop there either way) between two calls."""

import asyncio
import concurrent.futures

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w


def fetch_sync(w):
    return asyncio.run(_fetch(w[:4]))


def main(topic: str):
    a = ask(topic)
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        got = list(pool.map(fetch_sync, [a, "bats"]))
    b = ask(" ".join(got))
    return [a, b]
