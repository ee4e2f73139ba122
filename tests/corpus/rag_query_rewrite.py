"""RAG with query rewriting: the question is rewritten into search queries (JSON) while a
hypothetical answer is drafted (HyDE); the documents retrieved are graded one by one, and the
relevant ones answer the question."""

from __future__ import annotations

import json
import logging

from .client import tag
from .util import llm_call

log = logging.getLogger(__name__)

DOCUMENTS = {
    "battery": "The X200 battery lasts 14 hours of video playback and charges to 80% in 40 min.",
    "warranty": "Every X200 comes with a two-year warranty covering battery and screen defects.",
    "screen": "The X200 screen is a 13-inch OLED panel with 500 nits of peak brightness.",
    "ports": "The X200 has two USB-C ports, one of which supports charging and video out.",
    "shipping": "Orders ship within 3 business days; express shipping is available.",
    "returns": "Unused products can be returned within 30 days for a full refund.",
}

REWRITE_TEMPLATE = """Rewrite the user's question into two short search queries.
Reply with JSON: {{"queries": ["...", "..."]}}

Question: {question}"""

GRADE_TEMPLATE = """Is this document relevant to the question? Answer yes or no.

Question: {question}
Document: {document}"""


def retrieve(query: str, k: int = 2) -> list[str]:
    """The ``k`` documents sharing the most words with ``query`` (their keys)."""
    words = set(query.lower().split())
    scored = sorted(DOCUMENTS, key=lambda key: -len(words & set(DOCUMENTS[key].lower().split())))
    return scored[:k]


def answer(question: str) -> str:
    raw = llm_call(REWRITE_TEMPLATE.format(question=question))
    hypothetical = llm_call(f"Write a short passage that answers: {question}")
    try:
        queries = json.loads(raw)["queries"]
    except (json.JSONDecodeError, KeyError, TypeError):
        log.warning("rewrite was not JSON: %r", raw)
        queries = [question]
    queries.append(hypothetical)

    keys: list[str] = []
    for query in queries:
        for key in retrieve(query):
            if key not in keys:
                keys.append(key)
    log.info("retrieved %s", keys)

    grades = {}
    for key in keys:
        verdict = llm_call(GRADE_TEMPLATE.format(question=question, document=DOCUMENTS[key]))
        grades[key] = verdict.strip().lower().startswith("yes")
    relevant = [DOCUMENTS[key] for key in keys if grades[key]]

    context = "\n".join(f"- {doc}" for doc in relevant) or "(no relevant documents)"
    return llm_call(f"Answer using only these notes.\n\nNotes:\n{context}\n\nQuestion: {question}")


def respond(prompt: str) -> str | None:
    if "Reply with JSON" in prompt:
        return json.dumps({"queries": ["X200 battery hours", "X200 warranty battery"]})
    if "Write a short passage" in prompt:
        return "The X200 screen is bright and its ports support charging."
    if "Answer yes or no" in prompt:
        return " Yes.\n" if int(tag(prompt), 16) % 2 else "No"
    return None


PIPELINE = answer
ARGS = ("How long does the X200 battery last, and is it under warranty?",)
SEQUENTIAL_ROUNDS = 6
# The rewrite and the hypothetical answer read only the question (1 round together); the
# retrieval is local (3 documents); the 3 grades each read one document (1 round); the answer
# reads the grades (1 round). 3 rounds.
OPTIMAL_ROUNDS = 3
