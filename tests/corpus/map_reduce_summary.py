"""Map-reduce summarisation: a long text cut into chunks, each summarised, then a title and
an overview written from the partial summaries."""

from __future__ import annotations

import logging

from .util import llm_call

log = logging.getLogger(__name__)

SYSTEM = "You are a precise technical summariser. Keep numbers and names."


def chunk(text: str, size: int) -> list[str]:
    words = text.split()
    return [" ".join(words[i : i + size]) for i in range(0, len(words), size)]


def summarize_document(text: str) -> str:
    chunks = chunk(text, 64)
    partials = []
    for i, part in enumerate(chunks):
        summary = llm_call(f"Summarize part {i + 1} of {len(chunks)}:\n\n{part}", SYSTEM)
        log.info("chunk %d: %d words -> %d chars", i, len(part.split()), len(summary))
        partials.append(summary.strip())

    combined = "\n".join(f"- {p}" for p in partials)
    title = llm_call(f"Give a short title for a document with these section notes:\n{combined}")
    overview = llm_call(f"Write a one-paragraph summary from these notes:\n{combined}")
    return f"# {title.strip()}\n\n{overview}"


SENTENCES = [
    "The migration moved 14 services from the old cluster to the new one over six weeks.",
    "Latency at the 99th percentile fell from 420 ms to 180 ms after the cache was resized.",
    "Two outages happened, both during the database cut-over, lasting 11 and 25 minutes.",
    "The on-call rotation grew from four to six engineers to spread the weekend load.",
    "Costs rose 8 percent during the overlap and are expected to fall 20 percent after it.",
]
TEXT = " ".join(SENTENCES * 4)  # 304 words: 5 chunks of up to 64

PIPELINE = summarize_document
ARGS = (TEXT,)
SEQUENTIAL_ROUNDS = 7
# The 5 chunk summaries read only their chunk (1 round); the title and the overview each read
# all of them and not each other (1 round). 2 rounds.
OPTIMAL_ROUNDS = 2
