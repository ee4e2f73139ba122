"""RAG with a retriever class: the question is rewritten into a search query, the retriever
returns candidates, each candidate is scored by the model ("Score: 7"), the candidates are
re-ranked by the parsed scores and the top two answer the question."""

from __future__ import annotations

import logging
import re

from .client import tag
from .util import llm_call

log = logging.getLogger(__name__)


class KeywordRetriever:
    def __init__(self, corpus: dict[str, str], k: int = 4) -> None:
        self.corpus = corpus
        self.k = k

    def search(self, query: str) -> list[tuple[str, str]]:
        words = set(re.findall(r"\w+", query.lower()))
        hits = []
        for doc_id, text in self.corpus.items():
            overlap = len(words & set(re.findall(r"\w+", text.lower())))
            hits.append((overlap, doc_id, text))
        hits.sort(key=lambda hit: (-hit[0], hit[1]))
        return [(doc_id, text) for _, doc_id, text in hits[: self.k]]


SCORE_PROMPT = """On a scale of 0 to 10, how useful is this passage for answering the question?
Reply with "Score: <n>" and one sentence of justification.

Question: {question}
Passage: {passage}"""


def parse_score(reply: str) -> float:
    match = re.search(r"Score:\s*(\d+(?:\.\d+)?)", reply)
    return float(match.group(1)) if match else 0.0


def answer(question: str, retriever: KeywordRetriever) -> dict:
    query = llm_call(f"Rewrite as a keyword search query, nothing else:\n{question}").strip()
    log.info("query: %s", query)
    candidates = retriever.search(query)
    scored = []
    for doc_id, text in candidates:
        reply = llm_call(SCORE_PROMPT.format(question=question, passage=text))
        scored.append((parse_score(reply), doc_id, text))
    scored.sort(key=lambda item: item[0], reverse=True)
    top = scored[:2]
    context = "\n\n".join(f"[{doc_id}] {text}" for _, doc_id, text in top)
    final = llm_call(f"Answer from the sources, citing [ids].\n\n{context}\n\nQ: {question}")
    return {"answer": final, "sources": [doc_id for _, doc_id, _ in top]}


def respond(prompt: str) -> str | None:
    if prompt.startswith("Rewrite as a keyword search query"):
        return "kettle descaling vinegar citric acid"
    if "how useful is this passage" in prompt:
        return f"Score: {int(tag(prompt), 16) % 11}\nIt mentions the topic."
    return None


CORPUS = {
    "d1": "To descale a kettle, boil a mix of water and white vinegar, then rinse.",
    "d2": "Citric acid dissolves limescale faster than vinegar and leaves no smell.",
    "d3": "Kettles with concealed elements are easier to clean.",
    "d4": "Hard water leaves limescale; a filter jug reduces it.",
    "d5": "Coffee machines need descaling every three months.",
    "d6": "Tea tastes better with freshly boiled water.",
}

PIPELINE = answer
ARGS = ("How do I get the white crust out of my kettle?", KeywordRetriever(CORPUS))
SEQUENTIAL_ROUNDS = 6
# The rewrite (1 round) decides the candidates; the 4 scores each read one candidate (1
# round); the answer reads the ranking (1 round). 3 rounds.
OPTIMAL_ROUNDS = 3
