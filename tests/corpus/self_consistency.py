"""Self-consistency: several sampled solutions of a word problem, the final number parsed
from each with a regex, the majority answer explained."""

from __future__ import annotations

import re
from collections import Counter

from .util import llm_call

SOLVE_TEMPLATE = """Solve step by step (attempt {n}). End with a line "ANSWER: <number>".

{problem}"""


def extract_answer(reply: str) -> int | None:
    match = re.search(r"ANSWER:\s*(-?\d+)", reply)
    return int(match.group(1)) if match else None


def solve(problem: str, samples: int = 4) -> tuple[int | None, str]:
    replies = [llm_call(SOLVE_TEMPLATE.format(n=n, problem=problem)) for n in range(samples)]
    answers = [extract_answer(r) for r in replies]
    best = Counter(a for a in answers if a is not None).most_common(1)[0][0]
    explanation = llm_call(f"Explain in two sentences why the answer to this is {best}:\n{problem}")
    return best, explanation


def respond(prompt: str) -> str | None:
    if "ANSWER: <number>" in prompt:
        return f"Working...\nANSWER: {42 if '(attempt 2)' not in prompt else 41}"
    return None


PIPELINE = solve
ARGS = ("A train leaves at 3pm at 60 km/h; how many km has it gone by 3:42pm?",)
SEQUENTIAL_ROUNDS = 5
# The four samples read only the problem (1 round); the explanation reads the majority of
# their answers (1 round). 2 rounds.
OPTIMAL_ROUNDS = 2
