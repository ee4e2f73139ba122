"""Priority under a tight cap: one chain of ``L`` calls, each needing the one before, beside
``M`` independent leaves, all under ``af.limits(max_concurrency=cap)``; every call takes
50 ms. The program is built by hand on the runtime the generated code calls
(``runtime.gather``, ``runtime.ranked``) and run twice, side by side: first come, first
served (the cap grants places in the order calls ask), and ranked (each call asks with the
calls still to come after it, its own included: the chain's k-th call ``L - k``, a leaf 1).
First come, the chain's next call queues behind every leaf asked for before it; ranked, it
goes first. No schedule can beat max(L, ceil((L + M) / cap)) x 50 ms, the bound the wall
time is divided by. Calls go through a minimal aiohttp client to the loopback server, which
counts the requests in flight."""

from __future__ import annotations

import asyncio
import math
import statistics
import time
from typing import Any

from clients import through

import autoform as af
from autoform import runtime

MODEL = "openai/bench-priority"
LATENCY = 0.05
# (chain length, leaves, cap)
CONFIGS = ((10, 40, 4), (20, 150, 8), (40, 600, 16))


def ask(prompt: str) -> Any:
    content = f"[[latency={LATENCY}]] {prompt}"
    return af.lm_call.acall([{"role": "user", "content": content}], model=MODEL)


def program(length: int, leaves: int, ranked: bool) -> Any:
    """The chain and the leaves, gathered; ``ranked``: each call ranked as said above."""

    def rank(r: int, aw: Any) -> Any:
        return runtime.ranked(r, aw) if ranked else aw

    async def chain() -> str:
        text = ""
        for k in range(length):
            text = await rank(length - k, ask(f"chain {k} after {text[:12]!r}"))
        return text

    async def leaf(i: int) -> str:
        return await rank(1, ask(f"leaf {i}"))  # type: ignore[no-any-return]

    async def run() -> list[Any]:
        return await runtime.gather(chain(), *(leaf(i) for i in range(leaves)))

    return run


def bound(length: int, leaves: int, cap: int) -> float:
    return max(length, math.ceil((length + leaves) / cap)) * LATENCY


def run(server: Any, rounds: int = 3, configs: tuple[tuple[int, int, int], ...] = CONFIGS) -> list:
    """Rows: (program, cap, bound, first come: wall / bound, ranked: wall / bound, speed-up,
    the server's peak in flight)."""
    rows = []

    async def measure() -> None:
        async with through(server.base_url):
            await program(1, 8, False)()  # opens connections
            for length, leaves, cap in configs:
                walls: dict[bool, list[float]] = {False: [], True: []}
                peak = 0
                for _ in range(rounds):
                    for ranked in (False, True):  # interleaved: drift hits both alike
                        server.reset()
                        with af.limits(max_concurrency=cap):
                            start = time.perf_counter()
                            await program(length, leaves, ranked)()
                            walls[ranked].append(time.perf_counter() - start)
                        peak = max(peak, server.peak_in_flight)
                assert peak <= cap, f"{peak} requests in flight under a cap of {cap}"
                b = bound(length, leaves, cap)
                fifo, ranked_ = statistics.median(walls[False]), statistics.median(walls[True])
                rows.append(
                    (
                        f"chain of {length} + {leaves} leaves",
                        str(cap),
                        f"{b:.2f} s",
                        f"{fifo / b:.2f} ({fifo:.2f} s)",
                        f"{ranked_ / b:.2f} ({ranked_:.2f} s)",
                        f"{fifo / ranked_:.2f}x",
                        str(peak),
                    )
                )

    asyncio.run(measure())
    return rows
