"""k documents x 3 chained calls, then a merge, with per-call latencies drawn from a
lognormal (median 200 ms, sigma 0.6) and forced through the loopback server's
``[[latency=...]]`` directive. Compared with the critical-path bound (the longest chain plus
the merge): autoform's generated code, the same calls run level by level (every document's
first call, then every second call, ...; a faithful re-implementation of level-wise
gathering), and the chains written by hand with asyncio."""

from __future__ import annotations

import asyncio
import random
import statistics
import time

from clients import through

import autoform as af

MODEL = "openai/bench-chains"


def review(docs: list, merge_latency: float) -> str:
    refined = []
    for doc in docs:
        summary_prompt = af.format("[[latency={}]] summarise {}", doc["l1"], doc["text"])
        summary = af.lm_call([dict(role="user", content=summary_prompt)], model=MODEL)
        critique_prompt = af.format("[[latency={}]] critique {}", doc["l2"], summary)
        critique = af.lm_call([dict(role="user", content=critique_prompt)], model=MODEL)
        refine_prompt = af.format("[[latency={}]] refine {} {}", doc["l3"], summary, critique)
        refined.append(af.lm_call([dict(role="user", content=refine_prompt)], model=MODEL))
    merge_prompt = af.format("[[latency={}]] merge {}", merge_latency, "|".join(refined))
    return af.lm_call([dict(role="user", content=merge_prompt)], model=MODEL)


async def review_by_hand(docs: list, merge_latency: float) -> str:
    async def chain(doc: dict) -> str:
        summary = await ask(f"[[latency={doc['l1']}]] summarise {doc['text']}")
        critique = await ask(f"[[latency={doc['l2']}]] critique {summary}")
        return await ask(f"[[latency={doc['l3']}]] refine {summary} {critique}")

    refined = await asyncio.gather(*(chain(doc) for doc in docs))
    return await ask(f"[[latency={merge_latency}]] merge {'|'.join(refined)}")


async def review_by_levels(docs: list, merge_latency: float) -> str:
    summaries = await asyncio.gather(
        *(ask(f"[[latency={d['l1']}]] summarise {d['text']}") for d in docs)
    )
    critiques = await asyncio.gather(
        *(ask(f"[[latency={d['l2']}]] critique {s}") for d, s in zip(docs, summaries, strict=True))
    )
    refined = await asyncio.gather(
        *(
            ask(f"[[latency={d['l3']}]] refine {s} {c}")
            for d, s, c in zip(docs, summaries, critiques, strict=True)
        )
    )
    return await ask(f"[[latency={merge_latency}]] merge {'|'.join(refined)}")


async def ask(prompt: str) -> str:
    return await af.lm_call.acall([{"role": "user", "content": prompt}], model=MODEL)


def draw(k: int, rng: random.Random) -> tuple[list[dict], float, float]:
    def latency() -> float:
        return round(0.2 * rng.lognormvariate(0, 0.6), 3)

    docs = [
        {"text": f"doc{i}", "l1": latency(), "l2": latency(), "l3": latency()} for i in range(k)
    ]
    merge = latency()
    bound = max(d["l1"] + d["l2"] + d["l3"] for d in docs) + merge
    return docs, merge, bound


def run(
    ks: tuple[int, ...] = (4, 16, 64), rounds: int = 3, base_url: str | None = None
) -> list[tuple[str, str, str]]:
    """One row per k; calls through LiteLLM, or through a minimal aiohttp client to
    ``base_url`` when given."""
    generated = af.concurrent(review)
    rows = []
    rng = random.Random(7)

    async def measure(fn, docs, merge) -> float:
        start = time.perf_counter()
        await fn(docs, merge)
        return time.perf_counter() - start

    async def all_rounds(k: int) -> dict[str, list[float]]:
        async with through(base_url):
            return await each_round(k)

    async def each_round(k: int) -> dict[str, list[float]]:
        await ask("[[latency=0]] warm up")
        out: dict[str, list[float]] = {"autoform": [], "levels": [], "by hand": []}
        for _ in range(rounds):
            docs, merge, bound = draw(k, rng)
            # Interleaved, so drift on the machine hits all three alike.
            for name, fn in (
                ("autoform", generated),
                ("levels", review_by_levels),
                ("by hand", review_by_hand),
            ):
                out[name].append(await measure(fn, docs, merge) / bound)
        return out

    for k in ks:
        ratios = asyncio.run(all_rounds(k))
        rows.append(
            (
                f"k={k} documents x 3 chained calls + merge ({rounds} latency draws)",
                f"{statistics.mean(ratios['autoform']):.3f}",
                f"level by level {statistics.mean(ratios['levels']):.3f}; "
                f"hand-written asyncio {statistics.mean(ratios['by hand']):.3f}",
            )
        )
    return rows
