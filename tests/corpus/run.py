"""Run each pipeline of the corpus one call at a time and compiled (``af.concurrent``) against
the loopback server, every call taking the same latency, and count the rounds of LM calls
from the server's side.

    PYTHONPATH=src python -m tests.corpus                  # every pipeline, 100 ms per call
    PYTHONPATH=src python -m tests.corpus --latency 0.05 routing voting

A round is one step of the longest chain of requests in the server's log, each request of
the chain arriving after the previous one was answered: requests sent together count once,
however many. The span of the log (first arrival to last answer) divided by the mean
request's duration is printed beside it as a cross-check; the two agree unless the client
itself is slow.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import logging
import pkgutil
import warnings
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import autoform as af
from autoform.testing import Behavior, FakeOpenAIServer, RequestRecord

from .client import LoopbackClient

HERE = Path(__file__).resolve().parent
NOT_PIPELINES = frozenset({"client", "run", "util", "__main__"})


def names() -> list[str]:
    """The corpus's pipeline modules, in name order."""
    found = (m.name for m in pkgutil.iter_modules([str(HERE)]))
    return sorted(n for n in found if n not in NOT_PIPELINES)


def load(name: str) -> ModuleType:
    return importlib.import_module(f"{__package__}.{name}")


def rounds(records: Sequence[RequestRecord]) -> int:
    """The longest chain of requests each sent after the previous one's answer: how many
    rounds of LM calls the run took, as the server saw it."""
    ordered = sorted(records, key=lambda r: r.start)
    depth: list[int] = []
    for i, record in enumerate(ordered):
        before = [depth[j] for j, q in enumerate(ordered[:i]) if (q.end or q.start) <= record.start]
        depth.append(1 + max(before, default=0))
    return max(depth, default=0)


def span_rounds(records: Sequence[RequestRecord]) -> int:
    """The log's span (first arrival to last answer) in mean request durations: the
    cross-check of `rounds`. The mean, not the latency asked for: on a loaded machine the
    server's sleeps overshoot alike."""
    if not records:
        return 0
    span = max(r.end or r.start for r in records) - min(r.start for r in records)
    durations = [(r.end or r.start) - r.start for r in records]
    return round(span / max(sum(durations) / len(durations), 1e-9))


@dataclass
class Outcome:
    """One pipeline measured: the rounds of its runs and whether they agree."""

    name: str
    calls: int  # SEQUENTIAL_ROUNDS, as declared
    optimal: int  # OPTIMAL_ROUNDS, as declared
    sequential: int  # measured
    rounds: int  # measured, compiled
    span: int  # the compiled run's span in latencies
    equal: bool  # same result and the same requests
    error: str = ""

    @property
    def optimum(self) -> bool:
        return self.equal and self.rounds <= self.optimal


class _Model:
    """The server's ``behavior``: the running pipeline's ``respond(prompt)`` hook chooses the
    reply (``None``: the server's default, a hash of the conversation), the latency is fixed."""

    def __init__(self, latency: float) -> None:
        self.latency = latency
        self.respond: Callable[[str], str | None] | None = None

    def __call__(self, body: dict[str, Any]) -> Behavior:
        last = body["messages"][-1].get("content") or ""
        reply = self.respond(str(last)) if self.respond is not None else None
        return Behavior(latency=self.latency, reply=reply)


def compile_pipeline(module: ModuleType) -> Callable[..., Any]:
    """``af.concurrent(module.PIPELINE)``, its warnings silenced: the table tells the story."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", af.KeptInOrderWarning)
        return af.concurrent(module.PIPELINE)


def settle() -> None:
    """Load LiteLLM now, as autoform would on a thread at the first compile: while that
    load runs it holds the interpreter lock in long stretches, which could stretch the
    start of a round past the end of the previous one and count one round twice; and it
    sets a warnings filter that a `warnings.catch_warnings` block around the compile would
    undo."""
    from autoform import lm

    lm.preload()
    lm.ready()


def measure(
    module: ModuleType, server: FakeOpenAIServer, model: _Model, compiled: Callable[..., Any]
) -> Outcome:
    """Run ``module.PIPELINE(*module.ARGS)`` sequentially, then ``compiled`` (its
    ``af.concurrent`` twin, or what compiling it raised)."""
    name = module.__name__.rpartition(".")[2]
    outcome = Outcome(name, module.SEQUENTIAL_ROUNDS, module.OPTIMAL_ROUNDS, 0, 0, 0, False)
    model.respond = getattr(module, "respond", None)
    with af.lm_client(LoopbackClient(server.base_url)):
        server.reset()
        expected = module.PIPELINE(*module.ARGS)
        sent = server.requests
        outcome.sequential = rounds(sent)
        server.reset()
        try:
            got = asyncio.run(compiled(*module.ARGS))
        except Exception as exc:  # reported in the table: the corpus measures, it does not stop
            outcome.error = f"{type(exc).__name__}: {exc}"
            return outcome
        records = server.requests
    outcome.rounds = rounds(records)
    outcome.span = span_rounds(records)
    same_calls = Counter(r.prompt for r in sent) == Counter(r.prompt for r in records)
    outcome.equal = got == expected and same_calls
    return outcome


def _refused(exc: Exception) -> Callable[..., Any]:
    async def raise_it(*args: Any) -> Any:
        raise exc

    return raise_it


def run(latency: float = 0.1, only: Sequence[str] = ()) -> list[Outcome]:
    """Measure the pipelines named (all when none), each call answered after ``latency`` s."""
    modules = [load(n) for n in (only or names())]
    settle()
    compiled = []
    for module in modules:
        try:
            compiled.append(compile_pipeline(module))
        except Exception as exc:  # a refusal is a row of the table, raised when it runs
            compiled.append(_refused(exc))
    model = _Model(latency)
    with FakeOpenAIServer(latency=latency, behavior=model) as server:
        return [measure(m, server, model, c) for m, c in zip(modules, compiled, strict=True)]


def summary(outcomes: Sequence[Outcome]) -> str:
    calls = sum(o.calls for o in outcomes)
    optimal = sum(o.optimal for o in outcomes)
    took = sum(o.rounds for o in outcomes)
    reached = sum(o.optimum for o in outcomes)
    saved = calls - took
    return (
        f"{len(outcomes)} pipelines: sequential {calls} rounds, optimal {optimal}, "
        f"autoform {took} (recovers {saved} of the {calls - optimal} rounds a correct "
        f"schedule saves); {reached}/{len(outcomes)} at their optimum; "
        f"{sum(o.equal for o in outcomes)}/{len(outcomes)} equal"
    )


def table(outcomes: Sequence[Outcome]) -> str:
    lines = [
        "| pipeline | sequential | optimal | autoform | span check | equal |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for o in outcomes:
        mark = "" if o.optimum else " ✗"
        seq = str(o.sequential) + ("" if o.sequential == o.calls else f" (declared {o.calls})")
        equal = "yes" if o.equal else (o.error or "NO")
        lines.append(f"| {o.name} | {seq} | {o.optimal} | {o.rounds}{mark} | {o.span} | {equal} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Measure the corpus's rounds of LM calls.")
    parser.add_argument("pipelines", nargs="*", help="module names (default: all)")
    parser.add_argument("--latency", type=float, default=0.1, help="seconds per call")
    args = parser.parse_args(argv)
    # The pipelines log as they go; the table is what this prints.
    logging.getLogger(__package__).addHandler(logging.NullHandler())
    outcomes = run(args.latency, args.pipelines)
    print(table(outcomes))
    print()
    print(summary(outcomes))
