"""Per-document map-reduce written as an ordinary `for` loop: each document goes through
summarise -> critique -> refine, then one call merges the results.

    python examples/map_reduce.py                    # offline, on the simulated model
    python examples/map_reduce.py --model gpt-5.5    # a real provider (or AUTOFORM_MODEL)

autoform runs the documents' chains side by side, each advancing on its own, and appends
the results in document order: the time is about one chain plus the merge, not the sum.
"""

import argparse
import asyncio
import os
import time

import autoform as af

MODEL = os.environ.get("AUTOFORM_MODEL", "autoform-sim/gpt-5.5")

DOCUMENTS = [
    "Recursion: a function that calls itself on a smaller input until a base case.",
    "Memoisation: caching results of pure calls so repeated work is skipped.",
    "Tail calls: a call in tail position can reuse the caller's frame.",
    "Trampolines: a loop that repeatedly calls thunks to avoid deep stacks.",
]


@af.concurrent
def review(documents: list) -> str:
    refined = []
    for doc in documents:
        summary_prompt = af.format("Summarise: {}", doc)
        summary = af.lm_call([dict(role="user", content=summary_prompt)], model=MODEL)
        critique_prompt = af.format("Critique this summary: {}", summary)
        critique = af.lm_call([dict(role="user", content=critique_prompt)], model=MODEL)
        refine_prompt = af.format("Improve the summary {} using {}", summary, critique)
        refined.append(af.lm_call([dict(role="user", content=refine_prompt)], model=MODEL))
    notes = "\n".join(refined)
    merge_prompt = af.format("Merge these notes into one page:\n{}", notes)
    return af.lm_call([dict(role="user", content=merge_prompt)], model=MODEL)


def main() -> None:
    global MODEL
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--model", default=MODEL, help=f"default: {MODEL}")
    parser.add_argument(
        "--timeline",
        metavar="FILE",
        help="write the concurrent run's timeline: .html, .json (Chrome trace) or .mmd (mermaid)",
    )
    args = parser.parse_args()
    MODEL = args.model

    # LiteLLM loads at the first call; pay that before timing.
    af.lm_call([{"role": "user", "content": "warm up"}], model="autoform-sim/warm-up", latency=0)

    start = time.perf_counter()
    sequential = review.__wrapped__(DOCUMENTS)
    sequential_s = time.perf_counter() - start

    async def concurrent() -> tuple[str, float, af.Timeline]:
        await af.lm_call.acall(
            [{"role": "user", "content": "warm up"}], model="autoform-sim/warm-up", latency=0
        )
        with af.timeline() as tl:  # records each LM call: where, when, tokens
            start = time.perf_counter()
            answer = await review(DOCUMENTS)
        return answer, time.perf_counter() - start, tl

    answer, concurrent_s, tl = asyncio.run(concurrent())
    print(answer)
    print(f"same answer: {answer == sequential}")
    print(f"sequential: {sequential_s:.2f}s")
    print(f"concurrent: {concurrent_s:.2f}s  ({sequential_s / concurrent_s:.2f}x faster)")
    if args.timeline:
        print(tl.summary())
        print(f"timeline written to {tl.save(args.timeline)}")


if __name__ == "__main__":
    main()
