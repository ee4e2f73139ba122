"""Random dependency graphs of LM calls (seeded): each graph is written out as an ordinary
sequential Python function (calls in a topological order, each prompt built with
``af.format`` from the results it depends on and carrying its ``[[latency=...]]``
directive), loaded from a real file and compiled with ``af.concurrent``. Each run is
compared with the graph's critical-path bound (its longest latency-weighted path): autoform's
generated code, the same calls gathered level by level (a faithful re-implementation: each
topological level at once, waiting for the slowest), and hand-written asyncio (one task per
call awaiting exactly its dependencies' tasks, the ideal)."""

from __future__ import annotations

import asyncio
import functools
import importlib.util
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from clients import through

import autoform as af

MODEL = "openai/bench-dags"


@dataclass
class Call:
    deps: list[int]
    latency: float

    def template(self, index: int) -> str:
        holes = " ".join(["{}"] * max(1, len(self.deps)))
        return f"[[latency={self.latency}]] call {index} on {holes}"


@dataclass
class Graph:
    name: str
    calls: list[Call]

    def sinks(self) -> list[int]:
        used = {d for call in self.calls for d in call.deps}
        return [i for i in range(len(self.calls)) if i not in used]

    def levels(self) -> list[int]:
        level: list[int] = []
        for call in self.calls:
            level.append(1 + max((level[d] for d in call.deps), default=-1))
        return level

    def bound(self) -> float:
        """The longest latency-weighted path: no schedule can finish sooner."""
        finish: list[float] = []
        for call in self.calls:
            finish.append(call.latency + max((finish[d] for d in call.deps), default=0.0))
        return max(finish)

    def source(self) -> str:
        """The graph as the sequential function a user would write."""
        lines = [f"def {self.name}(topic: str) -> str:"]
        for i, call in enumerate(self.calls):
            args = ", ".join(f"reply_{d}" for d in call.deps) or "topic"
            lines.append(f"    prompt_{i} = af.format({call.template(i)!r}, {args})")
            lines.append(
                f"    reply_{i} = af.lm_call([dict(role='user', content=prompt_{i})], model=MODEL)"
            )
        sinks = self.sinks()
        holes = " | ".join(["{}"] * len(sinks))
        lines.append(f"    return af.format({holes!r}, {', '.join(f'reply_{s}' for s in sinks)})")
        return "\n".join(lines) + "\n"


def draw(name: str, rng: random.Random, sizes: tuple[int, int] = (8, 30)) -> Graph:
    """8-30 calls, each depending on 0-3 earlier ones, latencies lognormal (median 200 ms,
    sigma 0.6)."""
    calls = []
    for i in range(rng.randint(*sizes)):
        deps = sorted(rng.sample(range(i), rng.randint(0, min(3, i))))
        calls.append(Call(deps, round(0.2 * rng.lognormvariate(0, 0.6), 3)))
    return Graph(name, calls)


def load(graphs: list[Graph], directory: Path) -> ModuleType:
    """Write the graphs' functions to a real file and import it, so autoform reads their
    source as it reads a user's."""
    path = directory / "bench_dags_generated.py"
    header = f"import autoform as af\n\nMODEL = {MODEL!r}\n"
    path.write_text("\n\n".join([header, *(g.source() for g in graphs)]))
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


async def ask(prompt: str) -> str:
    return await af.lm_call.acall([{"role": "user", "content": prompt}], model=MODEL)


def _result(graph: Graph, replies: dict[int, str]) -> str:
    sinks = graph.sinks()
    return af.format(" | ".join(["{}"] * len(sinks)), *(replies[s] for s in sinks))


async def by_levels(graph: Graph, topic: str) -> str:
    replies: dict[int, str] = {}
    level = graph.levels()
    for depth in range(max(level) + 1):
        members = [i for i in range(len(graph.calls)) if level[i] == depth]
        prompts = [
            af.format(
                graph.calls[i].template(i), *([replies[d] for d in graph.calls[i].deps] or [topic])
            )
            for i in members
        ]
        done = await asyncio.gather(*(ask(p) for p in prompts))
        replies.update(zip(members, done, strict=True))
    return _result(graph, replies)


async def by_hand(graph: Graph, topic: str) -> str:
    tasks: dict[int, asyncio.Task[str]] = {}

    async def node(i: int) -> str:
        call = graph.calls[i]
        args = [await tasks[d] for d in call.deps] or [topic]
        return await ask(af.format(call.template(i), *args))

    for i in range(len(graph.calls)):
        tasks[i] = asyncio.create_task(node(i))
    await asyncio.gather(*tasks.values())
    return _result(graph, {i: t.result() for i, t in tasks.items()})


MODES = ("autoform", "level by level", "hand-written asyncio")


def run(
    count: int = 10, seed: int = 2024, base_url: str | None = None
) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    """Summary rows (mode, mean, worst) and one row per graph; calls through LiteLLM, or
    through a minimal aiohttp client to ``base_url`` when given."""
    rng = random.Random(seed)
    graphs = [draw(f"dag_{k}", rng) for k in range(count)]
    with tempfile.TemporaryDirectory() as directory:
        module = load(graphs, Path(directory))
        compiled = [af.concurrent(getattr(module, g.name)) for g in graphs]

    async def timed(make: Callable[[], Awaitable[str]]) -> tuple[float, str]:
        start = time.perf_counter()
        result = await make()
        return time.perf_counter() - start, result

    async def all_graphs() -> list[dict[str, float]]:
        async with through(base_url):
            return await each_graph()

    async def each_graph() -> list[dict[str, float]]:
        await ask("[[latency=0]] warm up")
        out = []
        for k, (graph, generated) in enumerate(zip(graphs, compiled, strict=True)):
            runners: dict[str, Callable[[], Awaitable[str]]] = {
                "autoform": functools.partial(generated, "t"),
                "level by level": functools.partial(by_levels, graph, "t"),
                "hand-written asyncio": functools.partial(by_hand, graph, "t"),
            }
            order = list(MODES[k % 3 :] + MODES[: k % 3])  # rotated, so no mode always goes first
            ratios, results = {}, set()
            for mode in order:
                seconds, result = await timed(runners[mode])
                ratios[mode] = seconds / graph.bound()
                results.add(result)
            assert len(results) == 1, f"{graph.name}: the three modes disagree"
            out.append(ratios)
        return out

    measured = asyncio.run(all_graphs())
    summary: list[tuple[str, ...]] = []
    for mode in MODES:
        values = [m[mode] for m in measured]
        summary.append((mode, f"{statistics.mean(values):.3f}", f"{max(values):.3f}"))
    versus = [m["autoform"] / m["hand-written asyncio"] for m in measured]
    summary.append(
        (
            "autoform / hand-written, same graph",
            f"{statistics.mean(versus):.3f}",
            f"{max(versus):.3f}",
        )
    )
    per_graph = []
    for graph, m in zip(graphs, measured, strict=True):
        edges = sum(len(c.deps) for c in graph.calls)
        per_graph.append(
            (
                f"{graph.name}: {len(graph.calls)} calls, {edges} edges, "
                f"{max(graph.levels()) + 1} levels, bound {graph.bound():.2f} s",
                *(f"{m[mode]:.3f}" for mode in MODES),
            )
        )
    return summary, per_graph
