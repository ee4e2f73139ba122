"""Priority under a tight cap: one chain of ``L`` calls, each needing the one before, beside
``M`` independent leaves, all under ``af.limits(max_concurrency=cap)``; every call takes
50 ms. The program is an ordinary sequential function (the leaves first, then the chain),
written to a real file and compiled with ``af.concurrent``: the generated code ranks each
call by the calls after it (the chain's k-th call ``L - 1 - k``, the leaves 0). It runs
twice, side by side: ranked, as compiled, and first come, first served (the same generated
code with ``_af.ranked`` made a pass-through, so the cap grants places in the order calls
ask). First come, the chain's next call queues behind every leaf asked for before it;
ranked, it goes first. No schedule can beat max(L, ceil((L + M) / cap)) x 50 ms, the bound
the wall time is divided by. Calls go through a minimal aiohttp client to the loopback
server, which counts the requests in flight."""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import math
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from clients import through

import autoform as af
from autoform import runtime

MODEL = "openai/bench-priority"
LATENCY = 0.05
# (chain length, leaves, cap)
CONFIGS = ((10, 40, 4), (20, 150, 8), (40, 600, 16))


def source(length: int, leaves: int) -> str:
    """The program as a user would write it: the leaves, then the chain."""
    name = f"chain_{length}_beside_{leaves}"
    lines = [f"def {name}(topic: str) -> list:"]
    for i in range(leaves):
        lines.append(f'    leaf_{i} = ask(af.format("leaf {i} of {{}}", topic))')
    lines.append("    link_0 = ask(topic)")
    for k in range(1, length):
        lines.append(f'    link_{k} = ask(af.format("link {k} after {{}}", link_{k - 1}))')
    results = ", ".join([*(f"leaf_{i}" for i in range(leaves)), f"link_{length - 1}"])
    lines.append(f"    return [{results}]")
    return "\n".join(lines) + "\n"


def load(configs: tuple[tuple[int, int, int], ...], directory: Path) -> Any:
    """Write the programs to a real file and import it, so autoform reads their source as it
    reads a user's."""
    path = directory / "bench_priority_generated.py"
    header = (
        "import autoform as af\n\n"
        f"MODEL = {MODEL!r}\n\n\n"
        "def ask(prompt):\n"
        f'    content = af.format("[[latency={LATENCY}]] {{}}", prompt)\n'
        '    return af.lm_call([{"role": "user", "content": content}], model=MODEL)\n'
    )
    path.write_text("\n\n".join([header, *(source(n, m) for n, m, _ in configs)]))
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


@contextlib.contextmanager
def first_come() -> Iterator[None]:
    """The generated code's ranks ignored: every call asks a cap with the same rank."""

    async def unranked(priority: float, aw: Any) -> Any:
        return await aw

    ranked = runtime.ranked
    runtime.ranked = unranked  # type: ignore[assignment]
    try:
        yield
    finally:
        runtime.ranked = ranked  # type: ignore[assignment]


def bound(length: int, leaves: int, cap: int) -> float:
    return max(length, math.ceil((length + leaves) / cap)) * LATENCY


def run(server: Any, rounds: int = 3, configs: tuple[tuple[int, int, int], ...] = CONFIGS) -> list:
    """Rows: (program, cap, bound, first come: wall / bound, ranked: wall / bound, speed-up,
    the server's peak in flight)."""
    rows = []
    with tempfile.TemporaryDirectory() as directory:
        module = load(configs, Path(directory))
        programs = {
            (n, m): af.concurrent(getattr(module, f"chain_{n}_beside_{m}")) for n, m, _ in configs
        }

    async def measure() -> None:
        async with through(server.base_url):
            await programs[configs[0][:2]]("warm up")  # opens connections
            for length, leaves, cap in configs:
                program = programs[length, leaves]
                walls: dict[bool, list[float]] = {False: [], True: []}
                peak = 0
                for _ in range(rounds):
                    for ranked in (False, True):  # interleaved: drift hits both alike
                        server.reset()
                        with af.limits(max_concurrency=cap):
                            order = contextlib.nullcontext() if ranked else first_come()
                            with order:
                                start = time.perf_counter()
                                await program("t")
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
