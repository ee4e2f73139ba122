"""Evaluator-optimizer, as the Anthropic cookbook writes it: a generator call drafts, an
evaluator call grades the draft and says what to improve, and the generator tries again
with that feedback until the evaluator passes it (or the rounds run out); here for three
tasks.

    python examples/evaluator_optimizer.py                      # offline, simulated model
    python examples/evaluator_optimizer.py --model gpt-5.5      # a real provider (or
                                                                # AUTOFORM_MODEL)

The replies are parsed as the cookbook parses them (tags found with a regex) and every step
is logged. Each task's calls form a chain (every call reads the reply before it), but the
tasks share nothing: they refine side by side, and the log still reads task by task, in
the order the loop would write it (each task's lines come out in its turn). The simulated
model never answers PASS, so there every task takes all its rounds.
"""

import argparse
import asyncio
import logging
import os
import re
import time

import autoform as af

MODEL = os.environ.get("AUTOFORM_MODEL", "autoform-sim/gpt-5.5")

log = logging.getLogger("evaluator_optimizer")

GENERATOR_PROMPT = """Your goal is to complete the task below. If there is feedback from
your previous attempt, reflect on it to improve your solution.

Task: {task}
{feedback}
Output your answer in this format:

<thoughts>
Your understanding of the task and the feedback, and how you plan to improve.
</thoughts>

<response>
Your solution here.
</response>"""

EVALUATOR_PROMPT = """Evaluate this solution for correctness, clarity and completeness.
Only output PASS if every criterion is met and you have no further suggestions.

Task: {task}
Solution: {solution}

Output your evaluation in this format:

<evaluation>PASS, NEEDS_IMPROVEMENT, or FAIL</evaluation>
<feedback>
What needs improvement and why.
</feedback>"""

TASKS = [
    "Write a Python function that returns the n-th Fibonacci number in O(log n) time.",
    "Write a one-paragraph explanation of recursion for a ten-year-old.",
    "Write a SQL query that finds the three customers with the highest total orders.",
]


def llm_call(prompt: str, system_prompt: str = "") -> str:
    messages = [{"role": "user", "content": prompt}]
    if system_prompt:
        messages.insert(0, {"role": "system", "content": system_prompt})
    return af.lm_call(messages, model=MODEL, temperature=0.1)


def extract_xml(text: str, tag: str) -> str:
    match = re.search(f"<{tag}>(.*?)</{tag}>", text, re.DOTALL)
    return match.group(1).strip() if match else ""


def generate(task: str, feedback: str = "") -> str:
    """Draft a solution, improving on the feedback when there is some."""
    note = f"\nFeedback on your last attempt: {feedback}\n" if feedback else ""
    response = llm_call(GENERATOR_PROMPT.format(task=task, feedback=note))
    solution = extract_xml(response, "response") or response.strip()
    log.info("draft: %d characters", len(solution))
    return solution


def evaluate(task: str, solution: str) -> tuple[str, str]:
    """The evaluator's verdict (PASS, NEEDS_IMPROVEMENT or FAIL) and its feedback."""
    response = llm_call(EVALUATOR_PROMPT.format(task=task, solution=solution))
    verdict = extract_xml(response, "evaluation").upper() or "NEEDS_IMPROVEMENT"
    feedback = extract_xml(response, "feedback") or response.strip()
    log.info("evaluation: %s", verdict)
    return verdict, feedback


def refine(task: str, rounds: int = 2) -> str:
    """Generate, then evaluate and regenerate with the feedback until it passes."""
    log.info("task: %s", task[:48])
    solution = generate(task)
    for _ in range(rounds):
        verdict, feedback = evaluate(task, solution)
        if verdict == "PASS":
            break
        solution = generate(task, feedback)
    return solution


@af.concurrent
def solve_all(tasks: list[str]) -> list[str]:
    solutions = []
    for task in tasks:
        solutions.append(refine(task))
    return solutions


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
    progress = logging.StreamHandler()  # this example's log only, not LiteLLM's
    progress.setFormatter(logging.Formatter("  log: %(message)s"))
    log.addHandler(progress)
    log.setLevel(logging.INFO)

    # LiteLLM loads at the first call; pay that before timing.
    af.lm_call([{"role": "user", "content": "warm up"}], model="autoform-sim/warm-up", latency=0)

    print("sequential:")
    start = time.perf_counter()
    sequential = solve_all.__wrapped__(TASKS)
    sequential_s = time.perf_counter() - start

    async def concurrent() -> tuple[list[str], float, af.Timeline]:
        await af.lm_call.acall(
            [{"role": "user", "content": "warm up"}], model="autoform-sim/warm-up", latency=0
        )
        with af.timeline() as tl:  # records each LM call: where, when, tokens
            start = time.perf_counter()
            solutions = await solve_all(TASKS)
        return solutions, time.perf_counter() - start, tl

    print("concurrent (the same log, in the same order):")
    solutions, concurrent_s, tl = asyncio.run(concurrent())
    for task, solution in zip(TASKS, solutions, strict=True):
        print(f"{task}\n  -> {solution[:72]}")
    print(f"same solutions: {solutions == sequential}")
    print(f"sequential: {sequential_s:.2f}s")
    print(f"concurrent: {concurrent_s:.2f}s  ({sequential_s / concurrent_s:.2f}x faster)")
    if args.timeline:
        print(tl.summary())
        print(f"timeline written to {tl.save(args.timeline)}")


if __name__ == "__main__":
    main()
