"""A user's pipeline script, fully typed: what mypy and pyright see of autoform's API.

tests/test_typing.py type-checks it and compares each ``reveal_type`` with the type named in
its ``# revealed:`` comment. A ``# type: ignore[...]`` marks a call that must be an error
(mypy runs with ``--warn-unused-ignores``: if the error went away, the ignore is reported).
Nothing here runs in the tests.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, reveal_type

from pydantic import BaseModel

import autoform as af

MODEL = "autoform-sim/gpt-5.5"
JSON_MODE = {"type": "json_object"}


class Verdict(BaseModel):
    label: str
    score: int


@af.primitive
def lookup(key: str, limit: int = 3) -> list[str]:
    return [key] * limit


@af.primitive
async def fetch(url: str) -> bytes:
    await asyncio.sleep(0)
    return url.encode()


@af.concurrent
def research(topic: str) -> str:
    prompt = af.format("Summarize {}.", topic)
    summary = af.lm_call([{"role": "user", "content": prompt}], model=MODEL)
    verdict = af.lm_call([dict(role="user", content=summary)], model=MODEL, response_format=Verdict)
    facts = lookup(topic, limit=2)
    return af.format("{} ({}, {}): {}", summary, verdict.label, verdict.score, facts[0])


@af.concurrent(max_concurrency=2)
def count(topic: str, times: int) -> int:
    reply = af.lm_call([{"role": "user", "content": topic}], model=MODEL)
    return len(reply) * times


class Bot:
    @af.concurrent
    def answer(self, question: str) -> str:
        return af.lm_call([{"role": "user", "content": question}], model=MODEL)


async def main() -> None:
    text = await research("owls")
    number = await count("owls", times=2)
    bound = await Bot().answer("why?")
    response = af.lm_response([{"role": "user", "content": "hi"}], model=MODEL, n=2)
    raw = await fetch.acall("https://example.com")
    ir = af.trace(research.__wrapped__)("owls")
    scheduled = af.sched(ir)
    if TYPE_CHECKING:
        reveal_type(af.format("{}", 1))  # revealed: str
        reveal_type(af.lm_call([], model=MODEL))  # revealed: str
        reveal_type(af.lm_call([], model=MODEL, response_format=Verdict))  # revealed: Verdict
        reveal_type(af.lm_call([], model=MODEL, response_format=JSON_MODE))  # revealed: str
        reveal_type(await af.lm_call.acall([], model=MODEL))  # revealed: str
        verdict = await af.lm_call.acall([], model=MODEL, response_format=Verdict)
        reveal_type(verdict)  # revealed: Verdict
        reveal_type(lookup("k"))  # revealed: list[str]
        reveal_type(await lookup.acall("k", 1))  # revealed: list[str]
        reveal_type(fetch("u"))  # revealed: bytes
        reveal_type(raw)  # revealed: bytes
        reveal_type(text)  # revealed: str
        reveal_type(number)  # revealed: int
        reveal_type(bound)  # revealed: str
        reveal_type(research.source)  # revealed: str
        reveal_type(research.__wrapped__("owls"))  # revealed: str
        reveal_type(count.__wrapped__("owls", 3))  # revealed: int
        reveal_type(response.usage.total_tokens)  # revealed: Any
        reveal_type(scheduled.call("owls"))  # revealed: str
        reveal_type(await scheduled.acall("owls"))  # revealed: str
        lookup(3)  # type: ignore[arg-type]
        _ = research("owls", "extra")  # type: ignore[call-arg]
        af.format(3)  # type: ignore[arg-type]
        af.lm_call([], "gpt")  # type: ignore[call-overload]
