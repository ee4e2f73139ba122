"""The seed pipeline: two independent LM calls overlap, then two chained calls follow.

    python examples/research.py                      # offline, on the simulated model
    python examples/research.py --model gpt-5.5      # a real provider, configured the way
                                                     # LiteLLM is (OPENAI_API_KEY, ...)

The model can also be named in AUTOFORM_MODEL. ``autoform-sim/...`` is the built-in
simulated model: deterministic replies, realistic latency, no network.
"""

import argparse
import asyncio
import os
import time

import autoform as af

MODEL = os.environ.get("AUTOFORM_MODEL", "autoform-sim/gpt-5.5")


def research(topic: str) -> str:
    summary_prompt = af.format("Summarize {} in two sentences.", topic)
    analogy_prompt = af.format("Give one concrete analogy for {}.", topic)
    summary_msg = dict(role="user", content=summary_prompt)
    analogy_msg = dict(role="user", content=analogy_prompt)
    # these two calls only depend on topic
    summary = af.lm_call([summary_msg], model=MODEL)
    analogy = af.lm_call([analogy_msg], model=MODEL)
    join_template = "Combine these notes.\nsummary: {}\nanalogy: {}"
    join_prompt = af.format(join_template, summary, analogy)
    join_msg = dict(role="user", content=join_prompt)
    combined = af.lm_call([join_msg], model=MODEL)
    final_prompt = af.format("Rewrite this as a crisp answer:\n{}", combined)
    final_msg = dict(role="user", content=final_prompt)
    return af.lm_call([final_msg], model=MODEL)


def main() -> None:
    global MODEL
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("topic", nargs="?", default="recursion")
    parser.add_argument("--model", default=MODEL, help=f"default: {MODEL}")
    parser.add_argument(
        "--timeline",
        metavar="FILE",
        help="write the scheduled run's timeline: .html, .json (Chrome trace) or .mmd (mermaid)",
    )
    args = parser.parse_args()
    MODEL = args.model  # research() reads the global at call time, compiled or not

    # LiteLLM loads at the first call and takes seconds to; a call to the simulated model
    # with no latency pays that up front, so the timings below compare only the pipelines.
    warm_up = [{"role": "user", "content": "warm up"}]
    af.lm_call(warm_up, model="autoform-sim/warm-up", latency=0)

    # trace once, then choose the execution form
    ir = af.trace(research)(args.topic)
    scheduled = af.sched(ir)

    start = time.perf_counter()
    sequential = ir.call(args.topic)
    sequential_s = time.perf_counter() - start

    async def run_scheduled() -> tuple[str, float, af.Timeline]:
        await af.lm_call.acall(warm_up, model="autoform-sim/warm-up", latency=0)
        with af.timeline() as tl:  # records each LM call: where, when, tokens
            start = time.perf_counter()
            answer = await scheduled.acall(args.topic)
        return answer, time.perf_counter() - start, tl

    parallel, parallel_s, tl = asyncio.run(run_scheduled())

    print(sequential)
    print(parallel)
    print(f"same answer: {sequential == parallel}")
    print(f"sequential: {sequential_s:.2f}s")
    print(f"scheduled:  {parallel_s:.2f}s  ({sequential_s / parallel_s:.2f}x faster)")
    if args.timeline:
        print(tl.summary())
        print(f"timeline written to {tl.save(args.timeline)}")


if __name__ == "__main__":
    main()
