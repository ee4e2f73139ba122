"""Benchmarks: one command, results written to benchmarks/RESULTS.md.

    python benchmarks/run.py                      # everything, about three minutes
    python benchmarks/run.py --only dags          # one section (repeatable); prints only
                                                  # (basics compile chains dags fanout priority)
    python benchmarks/run.py --quick              # every section, smaller; prints only
    python benchmarks/run.py --litellm-10k        # also 10,000 calls through LiteLLM (+2 min)

Each ratio is measured side by side in one run, against the project's loopback server
(autoform.testing.FakeOpenAIServer) for anything that makes LM calls. The server runs in a
process of its own, as a provider's would (``--server-thread``: on a thread of this
process, as the tests run it, sharing the interpreter lock). Wall-clock numbers from a
shared 2-core machine vary between runs; the ratios are what to compare.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
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
        # CPU time: other work on a shared machine does not count (as in the size section)
        t = time.process_time()
        api.concurrent(fn)
        warm.append((time.process_time() - t) * 1000)
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


async def _timed(make, runs: int, clock=time.perf_counter) -> list[float]:
    samples = []
    for _ in range(runs):
        t = clock()
        await make()
        samples.append(clock() - t)
    return samples


async def overhead_vs_hand_written(
    generated, by_hand, rounds: int = 15, clock=time.perf_counter, average=statistics.mean
) -> dict[str, float]:
    """Interleaved rounds so drift on the machine hits both sides alike."""
    gen, hand = [], []
    for _ in range(rounds):
        gen += await _timed(lambda: generated("overhead"), 1, clock)
        hand += await _timed(lambda: by_hand("overhead"), 1, clock)
    return {"generated": average(gen), "hand": average(hand)}


SECTIONS = ("basics", "compile", "chains", "dags", "everyday", "fanout", "priority")


def basics(server, quick: bool) -> list[tuple[str, str, str]]:
    """Import and compile time, CPU per call, the seed against hand-written and sequential."""
    import pipelines

    import autoform as af

    rows: list[tuple[str, str, str]] = []
    runs = 3 if quick else 7
    ms, loaded = import_time(runs)
    rows.append(
        (
            f"`import autoform` (median of {runs} fresh processes)",
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
            "compile the seed again, cache cleared (median CPU time of 20)",
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

    # CPU added per LM call: the same 4 calls answered at once in process. This thread's CPU
    # time and the median, so other work on a shared machine neither preempts nor skews it.
    with af.lm_client(NullClient()):
        result = asyncio.run(
            overhead_vs_hand_written(
                generated,
                pipelines.research_by_hand,
                300,
                clock=time.thread_time,
                average=statistics.median,
            )
        )
    per_call_us = (result["generated"] - result["hand"]) / 4 * 1e6
    rows.append(
        (
            "CPU per LM call added by the generated code over hand-written asyncio",
            f"{per_call_us:.1f} µs",
            f"pipeline {result['generated'] * 1e6:.0f} µs "
            f"vs {result['hand'] * 1e6:.0f} µs by hand (in-process client, median CPU "
            "time of 300 runs)",
        )
    )

    server.latency = 0.05

    async def both():
        await pipelines.research_by_hand("warm up")  # connections, LiteLLM's first call
        return await overhead_vs_hand_written(generated, pipelines.research_by_hand)

    result = asyncio.run(both())
    ratio = result["generated"] / result["hand"]
    rows.append(
        (
            "seed, generated / hand-written gather (server latency 50 ms, 15 rounds)",
            f"{ratio:.3f}",
            f"target ≤ 1.05; {result['generated'] * 1000:.0f} ms vs {result['hand'] * 1000:.0f} ms",
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
    server.latency = 0.0
    return rows


def _doc(module) -> str:
    return " ".join((module.__doc__ or "").split())


def _table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> list[str]:
    return [
        "| " + " | ".join(header) + " |",
        "| " + " | ".join("---" for _ in header) + " |",
        *["| " + " | ".join(row) + " |" for row in rows],
    ]


CHAIN_COLUMNS = ("program", "autoform", "others, same run")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Run the benchmarks; write RESULTS.md.")
    parser.add_argument("--only", action="append", choices=SECTIONS, help="run this section")
    parser.add_argument("--quick", action="store_true", help="fewer rounds, smaller sizes")
    parser.add_argument(
        "--litellm-10k", action="store_true", help="also fan out 10,000 calls through LiteLLM"
    )
    parser.add_argument(
        "--server-thread",
        action="store_true",
        help="run the loopback server on a thread of this process, not in its own process",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        help="where to write the results (default: RESULTS.md on a full run, else nowhere)",
    )
    args = parser.parse_args(argv)
    chosen = args.only or list(SECTIONS)
    output = args.output
    if output is None and not args.quick and not args.only:
        output = HERE / "RESULTS.md"

    from server_process import ServerProcess

    from autoform.testing import FakeOpenAIServer

    began, load = time.perf_counter(), os.getloadavg()[0]
    lines: list[str] = []
    where = "a thread of the benchmark's process" if args.server_thread else "its own process"
    with (FakeOpenAIServer if args.server_thread else ServerProcess)(latency=0.0) as server:
        os.environ["OPENAI_API_KEY"] = "sk-bench"
        os.environ["OPENAI_BASE_URL"] = server.base_url

        if "basics" in chosen:
            lines += ["", *_table(("measure", "result", "notes"), basics(server, args.quick))]

        if "compile" in chosen:
            # Before the sections that leave LiteLLM's caches and many requests' records
            # behind: the collector's passes over them would count as compile time.
            import compile_size

            statements: tuple[int, ...] = (10, 50, 100) if args.quick else (10, 50, 100, 200, 400)
            rows, exponent = compile_size.run(statements)
            lines += [
                "",
                "## Compile time against function size",
                "",
                _doc(compile_size),
                f"Growth exponent from {statements[0]} to {statements[-1]} statements: "
                f"{exponent:.2f} (1 is linear, 2 quadratic).",
                "",
                *_table(("statements", "LM calls", "ms", "ms per statement", "growth"), rows),
            ]

        # Each program runs through LiteLLM (the real path), then through a minimal aiohttp
        # client to the same server: LiteLLM's CPU per call lies on every chain of calls.
        clients = (
            ("through LiteLLM", None),
            ("through a minimal aiohttp client (no LiteLLM)", server.base_url),
        )
        if "chains" in chosen:
            import chains

            ks, rounds = ((4, 16), 1) if args.quick else ((4, 16, 64), 3)
            lines += ["", "## Wall time / critical-path bound: map-reduce chains", "", _doc(chains)]
            for title, base_url in clients:
                rows = chains.run(ks=ks, rounds=rounds, base_url=base_url)
                lines += ["", f"### {title}", "", *_table(CHAIN_COLUMNS, rows)]

        if "dags" in chosen:
            import dags

            count = 3 if args.quick else 10
            lines += [
                "",
                "## Wall time / critical-path bound: random dependency graphs",
                "",
                _doc(dags),
                f"{count} graphs (seed 2024), each mode run once per graph, interleaved. "
                "Target: autoform ≤ 1.03 on average and never worse than hand-written.",
            ]
            for title, base_url in clients:
                summary, per_graph = dags.run(count=count, base_url=base_url)
                lines += [
                    "",
                    f"### {title}",
                    "",
                    *_table(("mode", f"mean of {count} graphs", "worst"), summary),
                    "",
                    *_table(("graph", *dags.MODES), per_graph),
                ]

        if "everyday" in chosen:
            import everyday

            lines += ["", *everyday.section(server.base_url, count=3 if args.quick else 10)]

        if "fanout" in chosen:
            import fanout

            sizes: tuple[int, ...] = (1000,) if args.quick else (1000, 10000)
            litellm_sizes: tuple[int, ...] = (256,) if args.quick else (1000,)
            if args.litellm_10k:
                litellm_sizes += (10000,)
            rows = fanout.run(server, sizes, litellm_sizes, rounds=1 if args.quick else 3)
            lines += [
                "",
                f"## Fan-out under max_concurrency={fanout.CAP}",
                "",
                _doc(fanout),
                f"CPU per call is the main thread's (the client side; the server runs in {where}).",
                "",
                *_table(
                    (
                        "client",
                        "calls",
                        "wall / bound",
                        "wall, bound",
                        "peak in flight",
                        "CPU per call",
                        "peak memory (tracemalloc)",
                    ),
                    rows,
                ),
            ]

        if "priority" in chosen:
            import priority

            rounds = 1 if args.quick else 3
            configs = priority.CONFIGS[:2] if args.quick else priority.CONFIGS
            lines += [
                "",
                "## Priority under a tight cap: longest remaining path first against first come",
                "",
                _doc(priority),
                f"Median of {rounds} runs of each, interleaved.",
                "",
                *_table(
                    (
                        "program",
                        "cap",
                        "bound",
                        "first come: wall / bound",
                        "ranked: wall / bound",
                        "first come / ranked",
                        "peak in flight",
                    ),
                    priority.run(server, rounds, configs),
                ),
            ]

    took = time.perf_counter() - began
    header = [
        "# Benchmark results",
        "",
        f"Written by `python benchmarks/run.py` on {time.strftime('%Y-%m-%d')} in "
        f"{took:.0f} s: Python {platform.python_version()}, {platform.machine()}, "
        f"{os.cpu_count()} cores shared with other work (load average {load:.1f} at the "
        f"start). The loopback server ran in {where}. Wall-clock seconds vary from run to "
        "run on such a machine; the ratios compare runs made side by side in this one run.",
    ]
    text = "\n".join(header + lines) + "\n"
    print(text)
    if output is not None:
        output.write_text(text)


if __name__ == "__main__":
    main()
