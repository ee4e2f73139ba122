"""Multi-hop research: sub-questions as a numbered list (parsed with a regex), per question a
search query and an answer from the search results, then a synthesis."""

from __future__ import annotations

import re

from .util import llm_call

NOTES = {
    "python": "Python 3.13 added an experimental free-threaded build without the GIL.",
    "gil": "The GIL lets one thread run Python bytecode at a time in CPython.",
    "asyncio": "asyncio runs many coroutines on one thread, switching at await points.",
    "numpy": "NumPy releases the GIL in many array operations.",
}


def search(query: str) -> str:
    words = query.lower().split()
    hits = [text for key, text in NOTES.items() if key in words]
    return "\n".join(hits) or "no results"


def research(topic: str) -> str:
    plan = llm_call(f"List three sub-questions to research about {topic}, numbered 1. 2. 3.")
    questions = re.findall(r"^\s*\d+\.\s*(.+)$", plan, re.MULTILINE)
    findings = []
    for question in questions:
        query = llm_call(f"Write a 3-word search query for: {question}")
        results = search(query)
        findings.append(llm_call(f"Answer '{question}' using:\n{results}"))
    notes = "\n\n".join(findings)
    return llm_call(f"Write a short report on {topic} from these findings:\n\n{notes}")


def respond(prompt: str) -> str | None:
    if prompt.startswith("List three sub-questions"):
        return "1. What is the GIL?\n2. What changed in Python 3.13?\n3. How does asyncio help?"
    if prompt.startswith("Write a 3-word search query"):
        return "python gil asyncio" if "asyncio" in prompt else "python gil"
    return None


PIPELINE = research
ARGS = ("concurrency in Python",)
SEQUENTIAL_ROUNDS = 8
# The plan (1 round); per question a search query then an answer that reads its results (a
# chain of 2, the questions side by side: 2 rounds); the report reads every answer (1 round).
# 4 rounds.
OPTIMAL_ROUNDS = 4
