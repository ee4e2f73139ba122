"""A DSPy-style module: a class whose ``forward`` drafts an answer and lists key facts
(independent calls through ``self``), then writes the final answer from both."""

from __future__ import annotations

import autoform as af


class AnswerWithFacts:
    def __init__(self, model: str, temperature: float = 0.0) -> None:
        self.model = model
        self.temperature = temperature

    def lm(self, prompt: str) -> str:
        messages = [{"role": "user", "content": prompt}]
        return af.lm_call(messages, model=self.model, temperature=self.temperature)

    def forward(self, question: str) -> str:
        draft = self.lm(f"Answer the question: {question}")
        facts = self.lm(f"List three facts needed to answer: {question}")
        return self.lm(f"Question: {question}\nDraft: {draft}\nFacts: {facts}\nFinal answer:")


program = AnswerWithFacts("openai/gpt-4o-mini")

PIPELINE = program.forward
ARGS = ("Why is the sky blue?",)
SEQUENTIAL_ROUNDS = 3
# The draft and the facts read only the question (1 round); the answer reads both (1 round).
# 2 rounds.
OPTIMAL_ROUNDS = 2
