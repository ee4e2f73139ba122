"""Support triage: three one-word classifications of a ticket (a helper that cleans its
reply), a drafted answer that uses all three, and a tone check of the draft."""

from __future__ import annotations

import re

import autoform as af

MODEL = "openai/gpt-4o-mini"


def llm_call(prompt: str, system_prompt: str | None = None) -> str:
    messages = []
    if system_prompt is not None:
        messages.append({"role": "system", "content": system_prompt})
    messages.append({"role": "user", "content": prompt})
    return af.lm_call(messages, model=MODEL, temperature=0)


def classify(text: str, question: str, labels: list[str]) -> str:
    reply = llm_call(f"{question} Options: {', '.join(labels)}.\n\n{text}", "Answer with one word.")
    label = reply.strip().lower().rstrip(".")
    return label if label in labels else labels[-1]


def triage(ticket: str) -> dict[str, str]:
    sentiment = classify(ticket, "What is the customer's sentiment?", ["positive", "negative"])
    category = classify(ticket, "Which team should handle it?", ["billing", "bug", "other"])
    urgency = classify(ticket, "How urgent is it?", ["high", "normal", "low"])
    draft = llm_call(
        f"Draft a reply to this {sentiment} customer about a {category} issue "
        f"({urgency} urgency):\n\n{ticket}"
    )
    tone = llm_call(f"Does this reply sound empathetic? Answer yes or no.\n\n{draft}")
    return {
        "sentiment": sentiment,
        "category": category,
        "urgency": urgency,
        "draft": draft,
        "empathetic": tone.strip().lower(),
    }


def respond(prompt: str) -> str | None:
    options = re.search(r"Options: (.*?)\.\n", prompt)
    if options is None:
        return None
    labels = options.group(1).split(", ")
    return f" {labels[len(prompt) % len(labels)].title()}.\n"


PIPELINE = triage
ARGS = ("I was billed twice this month and nobody answers my emails. Fix this today!",)
SEQUENTIAL_ROUNDS = 5
# The three classifications read only the ticket (1 round); the draft reads all three
# (1 round); the tone check reads the draft (1 round). 3 rounds.
OPTIMAL_ROUNDS = 3
