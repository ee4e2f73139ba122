"""Batch classification: each review gets a label, counted in a dict accumulator
(``counts.get(label, 0) + 1``), and a report is written from the counts and a few
examples."""

from __future__ import annotations

from .client import tag
from .util import llm_call

LABELS = ("praise", "bug", "feature_request", "other")

CLASSIFY = """Classify the app review into one of: {labels}.
Answer with the label only.

Review: {review}"""


def normalise(reply: str) -> str:
    label = reply.strip().lower().replace(" ", "_").strip(".")
    return label if label in LABELS else "other"


def triage(reviews: list[str]) -> str:
    counts: dict[str, int] = {}
    examples: dict[str, list[str]] = {}
    for review in reviews:
        label = normalise(llm_call(CLASSIFY.format(labels=", ".join(LABELS), review=review)))
        counts[label] = counts.get(label, 0) + 1
        examples.setdefault(label, []).append(review)
    lines = [f"{label}: {n} (e.g. {examples[label][0]!r})" for label, n in counts.items()]
    return llm_call("Write a two-line product update from this review triage:\n" + "\n".join(lines))


def respond(prompt: str) -> str | None:
    if prompt.startswith("Classify the app review"):
        return LABELS[int(tag(prompt), 16) % len(LABELS)].replace("_", " ").title()
    return None


REVIEWS = [
    "Love the new dark mode!",
    "Crashes every time I open settings on Android 14.",
    "Please add an export to CSV.",
    "Sync lost my notes twice this week.",
    "Five stars, does what it says.",
]

PIPELINE = triage
ARGS = (REVIEWS,)
SEQUENTIAL_ROUNDS = 6
# The five labels read only their review (1 round); the report reads the counts (1 round).
# 2 rounds.
OPTIMAL_ROUNDS = 2
