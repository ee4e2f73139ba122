"""A wide fan-out under a cap: ``fan_out(n)`` is an ordinary ``for`` loop appending one
``af.lm_call`` per item, compiled with ``af.concurrent(max_concurrency=256)``; every call
takes 50 ms, forced by its prompt's ``[[latency=...]]`` directive. No schedule under the cap
can beat ceil(n / 256) x 50 ms, the bound the wall time is divided by. Three clients:
LiteLLM to the loopback server (the real path), a small aiohttp client to the same server
(the server still counts requests in flight, without LiteLLM's CPU per call), and an
in-process client that only sleeps (what autoform itself costs; its peak memory is
tracemalloc's peak during the run), beside the same fan-out written by hand with asyncio
(a semaphore and ``asyncio.gather``): the difference is autoform's own CPU per call.
The process holds LiteLLM, loaded at the first compile: some 400,000 objects that every full
garbage collection walks, which a run allocating many objects triggers. The in-process runs
are repeated with the objects alive before the run frozen (``gc.freeze()``, so collections
skip them) to show what that costs both programs, autoform's and the one by hand."""

from __future__ import annotations

import asyncio
import gc
import math
import time
import tracemalloc
from dataclasses import dataclass
from typing import Any

from clients import AiohttpClient, response

import autoform as af

MODEL = "openai/bench-fan-out"
LATENCY = 0.05
CAP = 256


def fan_out(n: int) -> list:
    replies = []
    for i in range(n):
        prompt = af.format("[[latency={}]] item {}", LATENCY, i)
        replies.append(af.lm_call([dict(role="user", content=prompt)], model=MODEL))
    return replies


class SleepClient:
    """Answers after the fixed latency, in process; counts its own calls in flight."""

    def __init__(self) -> None:
        self.in_flight = 0
        self.peak = 0

    async def acompletion(self, *, model: str, messages: list, **kwargs: Any) -> Any:
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            await asyncio.sleep(LATENCY)
        finally:
            self.in_flight -= 1
        return response(messages[-1]["content"])


@dataclass
class Measured:
    n: int
    wall: float
    cpu: float  # this thread's CPU: the client side, not the server's thread
    peak_in_flight: int
    peak_bytes: int | None = None

    @property
    def bound(self) -> float:
        return math.ceil(self.n / CAP) * LATENCY


def by_hand(client: SleepClient) -> Any:
    """The same fan-out written by hand: an ``asyncio.Semaphore`` and ``asyncio.gather``, the
    client called directly. What asyncio itself costs per call, for comparison."""

    async def fan_out_by_hand(n: int) -> list:
        cap = asyncio.Semaphore(CAP)

        async def one(i: int) -> str:
            prompt = "[[latency={}]] item {}".format(LATENCY, i)  # noqa: UP032 (as af.format)
            async with cap:
                reply = await client.acompletion(
                    model=MODEL, messages=[dict(role="user", content=prompt)]
                )
            return reply.choices[0].message.content

        return await asyncio.gather(*(one(i) for i in range(n)))

    return fan_out_by_hand


async def measure(
    generated: Any, n: int, *, traced: bool = False, frozen: bool = False
) -> Measured:
    gc.collect()  # what earlier runs left behind is not this run's to collect
    if frozen:
        gc.freeze()
    if traced:
        tracemalloc.start()
    try:
        cpu, start = time.thread_time(), time.perf_counter()
        replies = await generated(n)
        wall, cpu = time.perf_counter() - start, time.thread_time() - cpu
        peak = tracemalloc.get_traced_memory()[1] if traced else None
    finally:
        if traced:
            tracemalloc.stop()
        if frozen:
            gc.unfreeze()
    assert len(replies) == n and f"item {n - 1}" in replies[-1]
    return Measured(n, wall, cpu, 0, peak)


def run(
    server: Any, sizes: tuple[int, ...], litellm_sizes: tuple[int, ...], rounds: int = 3
) -> list[tuple[str, ...]]:
    """Rows: (client, n, wall / bound, calls in flight at peak, CPU per call, memory)."""
    generated = af.concurrent(fan_out, max_concurrency=CAP)
    rows: list[tuple[str, ...]] = []

    def row(client: str, m: Measured, memory: str = "") -> None:
        assert m.peak_in_flight <= CAP, f"{m.peak_in_flight} calls in flight, cap {CAP}"
        rows.append(
            (
                client,
                f"{m.n:,}",
                f"{m.wall / m.bound:.2f}",
                f"{m.wall:.2f} s / {m.bound:.2f} s",
                str(m.peak_in_flight),
                f"{m.cpu / m.n * 1e6:.0f} µs",
                memory,
            )
        )

    async def with_litellm() -> None:
        await af.lm_call.acall([{"role": "user", "content": "warm up"}], model=MODEL)
        for n in litellm_sizes:
            server.reset()
            m = await measure(generated, n)
            m.peak_in_flight = server.peak_in_flight
            row("LiteLLM → loopback server", m)

    async def with_aiohttp() -> None:
        client = AiohttpClient(server.base_url)
        try:
            with af.lm_client(client):
                await generated(CAP)  # opens the connections
                for n in sizes:
                    server.reset()
                    m = await measure(generated, n)
                    m.peak_in_flight = server.peak_in_flight
                    row("aiohttp → loopback server", m)
        finally:
            await client.close()
            server.reset()  # drop the records of 10,000 requests before the next runs

    async def in_process() -> None:
        client = SleepClient()
        hand = by_hand(client)
        with af.lm_client(client):
            await generated(CAP)  # the first run's one-time costs are not a call's
            for n in sizes:
                # Autoform and the same fan-out by hand, interleaved, the least CPU of each
                # kept: other work on a shared machine only ever adds to it.
                ours: list[Measured] = []
                theirs: list[Measured] = []
                frozen_ours: list[Measured] = []
                frozen_theirs: list[Measured] = []
                for _ in range(rounds):
                    for runs, program, frozen in (
                        (ours, generated, False),
                        (theirs, hand, False),
                        (frozen_ours, generated, True),
                        (frozen_theirs, hand, True),
                    ):
                        client.peak = 0
                        runs.append(await measure(program, n, frozen=frozen))
                        runs[-1].peak_in_flight = client.peak
                for label, runs, program in (
                    ("in process, sleep only", ours, generated),
                    ("the same by hand (asyncio.Semaphore + gather)", theirs, hand),
                ):
                    m = min(runs, key=lambda m: m.cpu)
                    m.wall = min(r.wall for r in runs)
                    traced = await measure(program, n, traced=True)
                    assert traced.peak_bytes is not None
                    memory = (
                        f"{traced.peak_bytes / 2**20:.1f} MiB "
                        f"({traced.peak_bytes / n / 1024:.1f} KiB per call)"
                    )
                    row(label, m, memory)
                own = (min(r.cpu for r in ours) - min(r.cpu for r in theirs)) / n * 1e6
                ratio = min(r.wall for r in ours) / min(r.wall for r in theirs)
                rows.append(
                    (
                        "autoform's own CPU per call (the difference); wall, autoform / by hand",
                        f"{n:,}",
                        f"{ratio:.2f}",
                        "",
                        "",
                        f"{own:.0f} µs",
                        "",
                    )
                )
                for label, runs in (
                    ("in process, sleep only; older objects frozen", frozen_ours),
                    ("the same by hand; older objects frozen", frozen_theirs),
                ):
                    m = min(runs, key=lambda m: m.cpu)
                    m.wall = min(r.wall for r in runs)
                    row(label, m)

    asyncio.run(with_litellm())
    asyncio.run(with_aiohttp())
    asyncio.run(in_process())
    return rows
