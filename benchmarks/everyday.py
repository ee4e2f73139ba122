"""Everyday idioms on random dependency graphs (seeded, the shapes of the `dags` section):
each graph is written out as the sequential function a user would write, with prompts that
slice and index earlier replies (``reply_3[:6]``, ``reply_1.split()[0]``), replies cleaned
with string methods (``.strip().lower()``) or parsed as JSON (``json.loads``; those calls are
answered JSON by a ``[[reply=...]]`` directive), and messages built by a helper
(``def user(x): return {"role": "user", "content": x}``). Each graph runs compiled by autoform
and as the same calls written by hand with asyncio (one task per call awaiting exactly the
tasks it reads, same prompts, same client), interleaved, through the minimal aiohttp client
and through LiteLLM. The ratio is autoform's wall time over the hand-written program's.

    python benchmarks/everyday.py             # 10 graphs, prints a markdown section
    python benchmarks/everyday.py --count 3
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import importlib.util
import os
import random
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from clients import through  # the benchmarks' folder, put on the path above
from dags import Graph, draw

import autoform as af
from autoform import lm
from autoform.schedule import Plan

MODEL = "openai/bench-everyday"

HEADER = f"""import asyncio
import json

import autoform as af

MODEL = {MODEL!r}


def user(text):
    return {{"role": "user", "content": text}}
"""


@dataclass
class Idioms:
    """How a graph's calls are written: which replies are JSON or cleaned, and the expression
    each call reads each of its dependencies through."""

    json: set[int]
    cleaned: set[int]
    reads: dict[tuple[int, int], str]  # (call, dependency) -> expression

    @staticmethod
    def draw(graph: Graph, rng: random.Random) -> Idioms:
        n = len(graph.calls)
        json_calls = {i for i in range(n) if rng.random() < 0.3}
        cleaned = {i for i in range(n) if i not in json_calls and rng.random() < 0.4}
        reads = {}
        for i, call in enumerate(graph.calls):
            for d in call.deps:
                if d in json_calls:
                    reads[i, d] = rng.choice([f'data_{d}["label"]', f'data_{d}["tags"][0]'])
                elif d in cleaned:
                    reads[i, d] = rng.choice([f"clean_{d}", f"clean_{d}[:12]"])
                else:
                    reads[i, d] = rng.choice(
                        [f"reply_{d}[:6]", f"reply_{d}.split()[1]", f"reply_{d}[-8:]"]
                    )
        return Idioms(json_calls, cleaned, reads)


def _prompt(graph: Graph, idioms: Idioms, i: int) -> str:
    call = graph.calls[i]
    parts = " ".join("{" + idioms.reads[i, d] + "}" for d in call.deps) or "{topic}"
    answer = ""
    if i in idioms.json:
        answer = f'[[reply={{{{"label": "L{i}", "tags": ["t{i}", "x"]}}}}]] '
    return f"f'[[latency={call.latency}]] {answer}call {i} on {parts}'"


def _after(idioms: Idioms, i: int) -> list[str]:
    if i in idioms.json:
        return [f"data_{i} = json.loads(reply_{i})"]
    if i in idioms.cleaned:
        return [f"clean_{i} = reply_{i}.strip().lower()"]
    return []


def _result(graph: Graph) -> str:
    return "' | '.join([" + ", ".join(f"reply_{s}" for s in graph.sinks()) + "])"


def sequential_source(graph: Graph, idioms: Idioms) -> str:
    """The graph as the sequential function a user would write."""
    lines = [f"def {graph.name}(topic: str) -> str:"]
    for i in range(len(graph.calls)):
        lines.append(f"    prompt_{i} = {_prompt(graph, idioms, i)}")
        lines.append(f"    reply_{i} = af.lm_call([user(prompt_{i})], model=MODEL)")
        lines += [f"    {line}" for line in _after(idioms, i)]
    lines.append(f"    return {_result(graph)}")
    return "\n".join(lines) + "\n"


def by_hand_source(graph: Graph, idioms: Idioms) -> str:
    """The same calls by hand: one task per call, awaiting exactly the tasks it reads."""
    lines = [f"async def {graph.name}_by_hand(topic: str) -> str:"]
    for i, call in enumerate(graph.calls):
        lines.append(f"    async def call_{i}():")
        for d in call.deps:
            lines.append(f"        reply_{d}, data_{d}, clean_{d} = await task_{d}")
        lines.append(f"        prompt_{i} = {_prompt(graph, idioms, i)}")
        lines.append(f"        reply_{i} = await af.lm_call.acall([user(prompt_{i})], model=MODEL)")
        lines += [f"        {line}" for line in _after(idioms, i)]
        data = f"data_{i}" if i in idioms.json else "None"
        clean = f"clean_{i}" if i in idioms.cleaned else "None"
        lines.append(f"        return reply_{i}, {data}, {clean}")
        lines.append(f"    task_{i} = asyncio.create_task(call_{i}())")
    tasks = ", ".join(f"task_{i}" for i in range(len(graph.calls)))
    lines.append(f"    done = await asyncio.gather({tasks})")
    for s in graph.sinks():
        lines.append(f"    reply_{s} = done[{s}][0]")
    lines.append(f"    return {_result(graph)}")
    return "\n".join(lines) + "\n"


def load(sources: list[str], directory: Path) -> ModuleType:
    """Write the functions to a real file and import it, so autoform reads their source as
    it reads a user's."""
    path = directory / "bench_everyday_generated.py"
    path.write_text("\n\n".join([HEADER, *sources]))
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


def graphs(count: int, seed: int) -> list[tuple[Graph, Idioms]]:
    rng = random.Random(seed)
    drawn = []
    for k in range(count):
        graph = draw(f"everyday_{k}", rng)
        drawn.append((graph, Idioms.draw(graph, rng)))
    return drawn


def replayed(graph: Graph, plan: Plan, is_async: Sequence[bool]) -> float:
    """The wall time of the compiled body's ``plan`` when each call takes its latency and
    nothing else takes any time: the schedule's own cost, to compare with ``graph.bound()``
    (the calls are the graph's, in program order)."""
    latency = dict(
        zip([i for i, a in enumerate(is_async) if a], (c.latency for c in graph.calls), strict=True)
    )
    now, done = 0.0, {}
    for what, i in plan.actions:
        if what == "start":
            done[i] = now + latency[i]
        elif what == "chain":  # begins once the calls it awaits are done
            done[i] = max([now, *(done[a] for a in plan.chains[i].awaits)]) + latency[i]
        elif what == "join":
            now = max(now, done[i])
    return now


MODES = ("autoform", "hand-written asyncio")


@dataclass
class Prepared:
    """The graphs, each compiled by autoform and written by hand."""

    drawn: list[tuple[Graph, Idioms]]
    compiled: list[Callable[[str], Awaitable[str]]]
    by_hand: list[Callable[[str], Awaitable[str]]]


def prepare(count: int = 10, seed: int = 2024) -> Prepared:
    drawn = graphs(count, seed)
    sources = [sequential_source(g, i) for g, i in drawn] + [by_hand_source(g, i) for g, i in drawn]
    # LiteLLM first (autoform starts loading it at the first compile): the filter it sets
    # for pydantic's warnings would be undone by the `catch_warnings` block below.
    lm.preload()
    lm.ready()
    with tempfile.TemporaryDirectory() as directory, warnings.catch_warnings():
        # Each call kept in order is warned about: the ratios are what this reports.
        warnings.simplefilter("ignore", af.KeptInOrderWarning)
        module = load(sources, Path(directory))
        compiled = [af.concurrent(getattr(module, g.name)) for g, _ in drawn]
    by_hand = [getattr(module, f"{g.name}_by_hand") for g, _ in drawn]
    return Prepared(drawn, compiled, by_hand)


def run(prepared: Prepared, base_url: str | None = None) -> list[dict[str, float]]:
    """Per graph, each mode's wall time / the graph's critical-path bound; calls through
    LiteLLM, or through a minimal aiohttp client to ``base_url`` when given."""

    async def timed(make: Callable[[], Awaitable[str]]) -> tuple[float, str]:
        start = time.perf_counter()
        result = await make()
        return time.perf_counter() - start, result

    async def each_graph() -> list[dict[str, float]]:
        async with through(base_url):
            await af.lm_call.acall([{"role": "user", "content": "[[latency=0]] warm"}], model=MODEL)
            out = []
            for k, (graph, _) in enumerate(prepared.drawn):
                runners = {"autoform": prepared.compiled[k], MODES[1]: prepared.by_hand[k]}
                ratios, results = {}, set()
                for mode in MODES if k % 2 == 0 else MODES[::-1]:  # neither always first
                    seconds, result = await timed(functools.partial(runners[mode], "t"))
                    ratios[mode] = seconds / graph.bound()
                    results.add(result)
                assert len(results) == 1, f"{graph.name}: autoform and by hand disagree"
                out.append(ratios)
            return out

    return asyncio.run(each_graph())


CLIENTS = ("minimal aiohttp client", "LiteLLM")


def section(base_url: str, count: int = 10, seed: int = 2024) -> list[str]:
    """The markdown section: both clients, side by side, against the server at
    ``base_url`` (LiteLLM finds it in ``OPENAI_BASE_URL``, which must point there too)."""
    prepared = prepare(count, seed)
    measured = {
        "minimal aiohttp client": run(prepared, base_url),
        "LiteLLM": run(prepared, None),
    }
    rows = []
    for client in CLIENTS:
        per_graph = measured[client]
        versus = [m["autoform"] / m["hand-written asyncio"] for m in per_graph]
        auto = [m["autoform"] for m in per_graph]
        hand = [m["hand-written asyncio"] for m in per_graph]
        rows.append(
            f"| {client} | {statistics.mean(versus):.3f} | {max(versus):.3f} | "
            f"{statistics.mean(auto):.3f} | {statistics.mean(hand):.3f} |"
        )
    shapes = []
    for (graph, idioms), *ratios in zip(prepared.drawn, *measured.values(), strict=True):
        edges = sum(len(c.deps) for c in graph.calls)
        cells = " | ".join(f"{r['autoform'] / r['hand-written asyncio']:.3f}" for r in ratios)
        shapes.append(
            f"| {graph.name}: {len(graph.calls)} calls, {edges} edges, "
            f"{len(idioms.json)} JSON, bound {graph.bound():.2f} s | {cells} |"
        )
    doc = " ".join((__doc__ or "").split("\n\n")[0].split())
    return [
        "",
        "## Everyday idioms: random dependency graphs, autoform / hand-written asyncio",
        "",
        doc,
        f"{count} graphs (seed {seed}), both modes run once per graph, interleaved. "
        "Target: autoform / hand-written ≤ 1.02 on average with either client.",
        "",
        "| client | autoform / hand-written, mean | worst | autoform / bound, mean "
        "| hand-written / bound, mean |",
        "| --- | --- | --- | --- | --- |",
        *rows,
        "",
        "| graph | " + " | ".join(f"autoform / hand-written, {c}" for c in CLIENTS) + " |",
        "| --- | --- | --- |",
        *shapes,
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Everyday idioms on random dependency graphs.")
    parser.add_argument("--count", type=int, default=10, help="graphs (default 10)")
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args(argv)
    from server_process import ServerProcess

    with ServerProcess(latency=0.0) as server:
        os.environ["OPENAI_API_KEY"] = "sk-bench"
        os.environ["OPENAI_BASE_URL"] = server.base_url
        print("\n".join(section(server.base_url, args.count, args.seed)))


if __name__ == "__main__":
    main()
