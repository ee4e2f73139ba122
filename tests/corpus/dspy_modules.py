"""A DSPy-like program: ``Predict`` sub-modules built from string signatures, a ``Module``
base whose ``__call__`` runs ``forward``, and a program whose ``forward`` judges each
passage's relevance (a score parsed from the reply) before answering from the best."""

from __future__ import annotations

import re

import autoform as af

from .client import tag


class Module:
    def __call__(self, **kwargs):
        return self.forward(**kwargs)


class Predict(Module):
    """One LM call: the signature's inputs in, its single output field parsed back out."""

    def __init__(self, signature: str, model: str = "openai/gpt-4o-mini") -> None:
        inputs, output = signature.split("->")
        self.inputs = [name.strip() for name in inputs.split(",")]
        self.output = output.strip()
        self.model = model

    def forward(self, **kwargs):
        lines = [f"{name.capitalize()}: {kwargs[name]}" for name in self.inputs]
        prompt = "\n".join(lines) + f"\n\nReply as '{self.output.capitalize()}: ...'."
        reply = af.lm_call([{"role": "user", "content": prompt}], model=self.model)
        match = re.search(rf"{self.output.capitalize()}:\s*(.*)", reply, re.IGNORECASE)
        return match.group(1).strip() if match else reply.strip()


class RelevantQA(Module):
    def __init__(self, threshold: int = 5) -> None:
        self.judge = Predict("question, passage -> relevance")
        self.answer = Predict("question, context -> answer")
        self.threshold = threshold

    def forward(self, question, passages):
        kept = []
        for passage in passages:
            relevance = self.judge(question=question, passage=passage)
            digits = re.findall(r"\d+", relevance)
            if digits and int(digits[0]) >= self.threshold:
                kept.append(passage)
        context = " | ".join(kept) if kept else "(none)"
        return self.answer(question=question, context=context)


def respond(prompt: str) -> str | None:
    if "Relevance: ..." in prompt:
        return f"Relevance: {int(tag(prompt), 16) % 10}/10"
    if "Answer: ..." in prompt:
        return f"Answer: {tag(prompt)}"
    return None


PASSAGES = [
    "Rayleigh scattering makes shorter wavelengths scatter more in the atmosphere.",
    "The Eiffel Tower was completed in 1889.",
    "Sunsets look red because light crosses more air and blue is scattered away.",
]

program = RelevantQA()


def run(question: str, passages: list[str]) -> str:
    return program(question=question, passages=passages)


PIPELINE = run
ARGS = ("Why is the sky blue?", PASSAGES)
SEQUENTIAL_ROUNDS = 4
# The three judgements read only the question and their passage (1 round); the answer reads
# which passed the threshold (1 round). 2 rounds.
OPTIMAL_ROUNDS = 2
