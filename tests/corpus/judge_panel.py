"""A judge panel: an answer is scored by three judges (JSON verdicts), and revised when the
mean score is low."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from .client import tag
from .util import llm_call

log = logging.getLogger(__name__)

JUDGES = {
    "accuracy": "factual accuracy and completeness",
    "clarity": "clarity and structure for a beginner",
    "safety": "safety and responsible advice",
}

JUDGE_TEMPLATE = """You are a judge focused on {focus}. Rate the answer from 1 to 10.
Question: {question}
Answer: {answer}
Reply as JSON: {{"score": <int>, "reason": "<one sentence>"}}"""


@dataclass
class Verdict:
    judge: str
    score: int
    reason: str


def judge(name: str, focus: str, question: str, answer: str) -> Verdict:
    raw = llm_call(JUDGE_TEMPLATE.format(focus=focus, question=question, answer=answer))
    try:
        data = json.loads(raw)
        return Verdict(name, int(data["score"]), data["reason"])
    except (json.JSONDecodeError, KeyError, ValueError):
        log.warning("judge %s gave no JSON", name)
        return Verdict(name, 0, raw)


def answer_with_panel(question: str) -> tuple[str, list[Verdict]]:
    answer = llm_call(f"Answer concisely: {question}")
    verdicts = [judge(name, focus, question, answer) for name, focus in JUDGES.items()]
    mean = sum(v.score for v in verdicts) / len(verdicts)
    log.info("panel mean %.1f", mean)
    if mean < 7:
        notes = "\n".join(f"- {v.judge}: {v.reason}" for v in verdicts)
        answer = llm_call(
            f"Improve this answer.\nQuestion: {question}\nAnswer: {answer}\nNotes:\n{notes}"
        )
    return answer, verdicts


def respond(prompt: str) -> str | None:
    if "Reply as JSON" in prompt:
        return json.dumps({"score": 6, "reason": f"Mostly right but thin ({tag(prompt)})."})
    return None


PIPELINE = answer_with_panel
ARGS = ("Is it safe to run a 2-year-old lithium battery at full charge all the time?",)
SEQUENTIAL_ROUNDS = 5
# The answer (1 round); the three judges each read only the answer (1 round); the mean is 6,
# so the revision runs and reads every verdict (1 round). 3 rounds.
OPTIMAL_ROUNDS = 3
