"""Benchmarks: one command, results written to benchmarks/RESULTS.md.

    python benchmarks/run.py            # about two minutes

Each ratio is measured side by side in one run, against the project's loopback server
(autoform.testing.FakeOpenAIServer) for anything that makes LM calls. Wall-clock numbers
from a shared 2-core machine vary between runs; the ratios are what to compare.
"""

from __future__ import annotations

import asyncio
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def import_time(runs: int = 7) -> tuple[float, bool]:
    code = (
        "import sys, time; t = time.perf_counter(); import autoform; "
        "print((time.perf_counter() - t) * 1000, 'litellm' in sys.modules)"
    )
    samples, litellm_loaded = [], False
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        ms, loaded = out.stdout.split()
        samples.append(float(ms))
        litellm_loaded |= loaded == "True"
    return statistics.median(samples), litellm_loaded


def compile_times(fn) -> dict[str, float]:
    from autoform import api

    code = (
        f"import sys, time; sys.path.insert(0, {str(HERE)!r}); import pipelines, autoform; "
        "t = time.perf_counter(); autoform.concurrent(pipelines.research); "
        "print((time.perf_counter() - t) * 1000)"
    )
    first = float(
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
    )
    warm = []
    for _ in range(20):
        api._compiled.clear()
        t = time.perf_counter()
        api.concurrent(fn)
        warm.append((time.perf_counter() - t) * 1000)
    t = time.perf_counter()
    for _ in range(1000):
        api.concurrent(fn)
    cached = (time.perf_counter() - t) * 1000 / 1000
    return {"first": first, "warm": statistics.median(warm), "cached": cached}


class NullClient:
    """Answers at once, in process: measures what autoform adds on top of the LM client."""

    async def acompletion(self, *, model, messages, **kwargs):
        content = messages[-1]["content"]
        return SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content=content))])


async def _timed(make, runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        await make()
        samples.append(time.perf_counter() - t)
    return samples


async def overhead_vs_hand_written(generated, by_hand, rounds: int = 15) -> dict[str, float]:
    """Interleaved rounds so drift on the machine hits both sides alike."""
    gen, hand = [], []
    for _ in range(rounds):
        gen += await _timed(lambda: generated("overhead"), 1)
        hand += await _timed(lambda: by_hand("overhead"), 1)
    return {"generated": statistics.mean(gen), "hand": statistics.mean(hand)}


def main() -> None:
    import pipelines

    import autoform as af
    from autoform.testing import FakeOpenAIServer

    rows: list[tuple[str, str, str]] = []
    ms, loaded = import_time()
    rows.append(
        (
            "`import autoform` (median of 7 fresh processes)",
            f"{ms:.0f} ms",
            f"target < 100 ms; LiteLLM imported: {'yes' if loaded else 'no'}",
        )
    )

    times = compile_times(pipelines.research)
    rows.append(
        (
            "compile the seed, first in a fresh process (imports libcst)",
            f"{times['first']:.0f} ms",
            "once per process",
        )
    )
    rows.append(
        (
            "compile the seed again, cache cleared (median of 20)",
            f"{times['warm']:.1f} ms",
            "target < 20 ms",
        )
    )
    rows.append(
        (
            "`af.concurrent(fn)` again (cached)",
            f"{times['cached'] * 1000:.1f} µs",
            "compiled once per function",
        )
    )

    generated = af.concurrent(pipelines.research)

    # CPU added per LM call: the same 4 calls answered at once in process.
    with af.lm_client(NullClient()):
        result = asyncio.run(overhead_vs_hand_written(generated, pipelines.research_by_hand, 300))
    per_call_us = (result["generated"] - result["hand"]) / 4 * 1e6
    rows.append(
        (
            "CPU per LM call added by the generated code over hand-written asyncio",
            f"{per_call_us:.1f} µs",
            f"pipeline {result['generated'] * 1e6:.0f} µs "
            f"vs {result['hand'] * 1e6:.0f} µs by hand (in-process client, 300 runs)",
        )
    )

    with FakeOpenAIServer(latency=0.05) as server:
        os.environ["OPENAI_API_KEY"] = "sk-bench"
        os.environ["OPENAI_BASE_URL"] = server.base_url

        async def both():
            await pipelines.research_by_hand("warm up")  # connections, LiteLLM's first call
            return await overhead_vs_hand_written(generated, pipelines.research_by_hand)

        result = asyncio.run(both())
        ratio = result["generated"] / result["hand"]
        rows.append(
            (
                "seed, generated / hand-written gather (server latency 50 ms, 15 rounds)",
                f"{ratio:.3f}",
                f"target ≤ 1.05; {result['generated'] * 1000:.0f} ms vs "
                f"{result['hand'] * 1000:.0f} ms",
            )
        )

        server.latency = 0.2
        ir = af.trace(pipelines.research)("recursion")
        scheduled = af.sched(ir)
        scheduled.call("recursion")  # warm the loop kept for synchronous calls
        t = time.perf_counter()
        sequential = ir.call("recursion")
        seq_s = time.perf_counter() - t
        server.reset()
        t = time.perf_counter()
        parallel = scheduled.call("recursion")
        par_s = time.perf_counter() - t
        assert parallel == sequential
        critical = 3 * 0.2  # three dependent levels of 200 ms calls
        rows.append(
            (
                "seed, scheduled / sequential (server latency 200 ms)",
                f"{par_s / seq_s:.3f}",
                f"ideal 0.75; {seq_s:.2f} s → {par_s:.2f} s; "
                f"server peak in flight {server.peak_in_flight}",
            )
        )
        rows.append(
            (
                "seed, scheduled wall time / critical-path bound",
                f"{par_s / critical:.3f}",
                "bound: 3 dependent calls of 200 ms each",
            )
        )

        import chains

        server.latency = 0.0
        chain_rows = chains.run()

    lines = [
        "# Benchmark results",
        "",
        f"Written by `python benchmarks/run.py` on {time.strftime('%Y-%m-%d')}: Python "
        f"{platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores. Ratios "
        "compare runs made side by side in this one run.",
        "",
        "| measure | result | notes |",
        "| --- | --- | --- |",
        *[f"| {a} | {b} | {c} |" for a, b, c in rows],
        "",
        "## Wall time / critical-path bound",
        "",
        " ".join((chains.__doc__ or "").split()),
        "",
        "| program | autoform | others, same run |",
        "| --- | --- | --- |",
        *[f"| {a} | {b} | {c} |" for a, b, c in chain_rows],
        "",
    ]
    (HERE / "RESULTS.md").write_text("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
