"""Slow calls of your own, declared with @af.primitive, overlap like LM calls: an async
fetch and a blocking lookup (run in a thread) start together with an LM call."""

import asyncio
import time

import autoform as af


@af.primitive
async def fetch(url: str) -> str:
    await asyncio.sleep(0.02)
    return f"<page {url}>"


@af.primitive
def lookup(key: str) -> str:
    time.sleep(0.02)
    return key.upper()


@af.concurrent
def pipeline(topic: str) -> str:
    page = fetch(af.format("https://example.invalid/{}", topic))
    code = lookup(topic)
    answer = af.lm_call([{"role": "user", "content": topic}], model="m")
    return af.format("{} {} {}", page, code, answer)
