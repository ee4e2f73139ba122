"""Brainstorm, score, expand: ideas are brainstormed as a numbered list, each idea is
scored (a number parsed from the reply), ``sorted(..., key=lambda)`` ranks them and the two
best are expanded into a plan."""

from __future__ import annotations

import re

from .client import tag
from .util import llm_call


def score_of(reply: str) -> int:
    numbers = [int(n) for n in re.findall(r"\b(\d{1,2})/10\b", reply)]
    return numbers[-1] if numbers else 0


def plan(goal: str, n: int = 4) -> list[str]:
    listing = llm_call(f"Brainstorm {n} ideas to {goal}. Numbered list, one line each.")
    ideas = [m.strip() for m in re.findall(r"^\d+[.)]\s*(.+)$", listing, re.MULTILINE)][:n]
    scores = {}
    for idea in ideas:
        verdict = llm_call(f"Rate this idea to {goal} for impact and effort, as N/10:\n{idea}")
        scores[idea] = score_of(verdict)
    best = sorted(ideas, key=lambda idea: scores[idea], reverse=True)[:2]
    return [llm_call(f"Turn this idea into a 3-step plan: {idea}") for idea in best]


def respond(prompt: str) -> str | None:
    if prompt.startswith("Brainstorm"):
        return "\n".join(f"{i}. idea {tag(prompt + str(i))}" for i in range(1, 5))
    if prompt.startswith("Rate this idea"):
        return f"Impact high, effort low: {int(tag(prompt), 16) % 10}/10"
    return None


PIPELINE = plan
ARGS = ("reduce churn of a budgeting app's free users",)
SEQUENTIAL_ROUNDS = 7
# The list (1 round) decides the ideas; the four ratings read one idea each (1 round); the
# two plans read the ranking (1 round). 3 rounds.
OPTIMAL_ROUNDS = 3
