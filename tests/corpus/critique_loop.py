"""Critique loop with early stopping: a draft per topic goes through a list of critics
(``enumerate``); a critic that answers LGTM stops the loop, otherwise the draft is revised
with its critique."""

from __future__ import annotations

import logging

from .client import tag
from .util import llm_call

log = logging.getLogger(__name__)

CRITICS = ["a copy editor", "a fact checker", "a skeptical reader"]


def polish(topic: str) -> tuple[str, int]:
    draft = llm_call(f"Write a 3-sentence blog intro about {topic}.")
    rounds = 0
    for i, critic in enumerate(CRITICS):
        critique = llm_call(f"You are {critic}. Critique this intro, or say LGTM:\n\n{draft}")
        if "LGTM" in critique:
            log.info("%s: accepted by critic %d", topic, i)
            break
        draft = llm_call(f"Revise the intro.\nCritique: {critique}\n\nIntro:\n{draft}")
        rounds = i + 1
    return draft, rounds


def polish_all(topics: list[str]) -> dict[str, tuple[str, int]]:
    return {topic: polish(topic) for topic in topics}


def respond(prompt: str) -> str | None:
    if "Critique this intro" in prompt:
        revised = prompt.count("REVISED")
        if "rust" in prompt.lower() and revised < 2:
            return "Too vague; name one concrete feature."
        return "LGTM"
    if prompt.startswith("Revise the intro"):
        return f"REVISED {tag(prompt)}: " + prompt.rsplit("Intro:\n", 1)[1]
    return None


PIPELINE = polish_all
ARGS = (["Rust's borrow checker", "sourdough starters"],)
SEQUENTIAL_ROUNDS = 8
# Rust: draft, critique 1, revise, critique 2, revise, critique 3 (LGTM): each reads the
# previous reply, a chain of 6. Sourdough: draft, critique 1 (LGTM): 2, beside it. 6 rounds.
OPTIMAL_ROUNDS = 6
