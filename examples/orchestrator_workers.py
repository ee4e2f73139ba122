"""Orchestrator-workers, as the Anthropic cookbook writes it: an orchestrator call breaks a
task into approaches, a worker call drafts each one, an editor call picks and polishes.

    python examples/orchestrator_workers.py                     # offline, simulated model
    python examples/orchestrator_workers.py --model gpt-5.5     # a real provider (or
                                                                # AUTOFORM_MODEL)

The replies are parsed as the cookbook parses them (tags found with a regex), the progress
is logged, and the workers, which need only the orchestrator's plan, draft side by side:
about three calls' time, not five. The simulated model does not answer in tags, so there the
orchestrator's plan falls back to the default approaches, as it would for a model that
ignored the format.
"""

import argparse
import asyncio
import logging
import os
import re
import time

import autoform as af

MODEL = os.environ.get("AUTOFORM_MODEL", "autoform-sim/gpt-5.5")

log = logging.getLogger("orchestrator_workers")

ORCHESTRATOR_PROMPT = """Analyze this task and break it down into 2-3 distinct approaches:

Task: {task}

Return your response in this format:

<analysis>
Explain your understanding of the task and which variations would be valuable.
</analysis>

<tasks>
    <task>
    <type>formal</type>
    <description>Write a precise, technical version that emphasizes specifications</description>
    </task>
</tasks>"""

WORKER_PROMPT = """Generate content based on:
Task: {original_task}
Style: {task_type}
Guidelines: {task_description}

Return your response in this format:

<response>
Your content here, maintaining the specified style and fully addressing requirements.
</response>"""

DEFAULT_APPROACHES = [
    ("formal", "Precise and technical, with the specifications first"),
    ("conversational", "Friendly and engaging, for a first-time buyer"),
    ("hybrid", "Technical facts in a warm voice"),
]


def llm_call(prompt: str, system_prompt: str = "") -> str:
    messages = [{"role": "user", "content": prompt}]
    if system_prompt:
        messages.insert(0, {"role": "system", "content": system_prompt})
    return af.lm_call(messages, model=MODEL, temperature=0.1)


def extract_xml(text: str, tag: str) -> str:
    match = re.search(f"<{tag}>(.*?)</{tag}>", text, re.DOTALL)
    return match.group(1).strip() if match else ""


def parse_tasks(text: str) -> list[tuple[str, str]]:
    found = re.findall(r"<type>(.*?)</type>\s*<description>(.*?)</description>", text, re.DOTALL)
    return [(kind.strip(), description.strip()) for kind, description in found]


@af.concurrent
def orchestrate(task: str) -> str:
    plan = llm_call(ORCHESTRATOR_PROMPT.format(task=task))
    analysis = extract_xml(plan, "analysis") or plan.strip()
    approaches = parse_tasks(plan) or DEFAULT_APPROACHES
    log.info("orchestrator: %d approaches", len(approaches))

    drafts = []
    for kind, guidelines in approaches:
        prompt = WORKER_PROMPT.format(
            original_task=task, task_type=kind, task_description=guidelines
        )
        reply = llm_call(prompt)
        draft = extract_xml(reply, "response") or reply.strip()
        log.info("worker %s: %d characters", kind, len(draft))
        drafts.append(f"[{kind}] {draft}")

    notes = "\n\n".join(drafts)
    return llm_call(
        f"Pick the best draft for the task and polish it.\nTask: {task}\n"
        f"Analysis: {analysis}\n\nDrafts:\n{notes}",
        system_prompt="You are a careful editor.",
    )


def main() -> None:
    global MODEL
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "task", nargs="?", default="Write a product description for an eco-friendly bottle"
    )
    parser.add_argument("--model", default=MODEL, help=f"default: {MODEL}")
    parser.add_argument(
        "--timeline",
        metavar="FILE",
        help="write the concurrent run's timeline: .html, .json (Chrome trace) or .mmd (mermaid)",
    )
    args = parser.parse_args()
    MODEL = args.model
    progress = logging.StreamHandler()  # this example's log only, not LiteLLM's
    progress.setFormatter(logging.Formatter("  log: %(message)s"))
    log.addHandler(progress)
    log.setLevel(logging.INFO)

    # LiteLLM loads at the first call; pay that before timing.
    af.lm_call([{"role": "user", "content": "warm up"}], model="autoform-sim/warm-up", latency=0)

    start = time.perf_counter()
    sequential = orchestrate.__wrapped__(args.task)
    sequential_s = time.perf_counter() - start

    async def concurrent() -> tuple[str, float, af.Timeline]:
        await af.lm_call.acall(
            [{"role": "user", "content": "warm up"}], model="autoform-sim/warm-up", latency=0
        )
        with af.timeline() as tl:  # records each LM call: where, when, tokens
            start = time.perf_counter()
            answer = await orchestrate(args.task)
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
