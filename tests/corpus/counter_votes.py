"""Fact-checking by vote: three judges (different models) vote TRUE/FALSE on each claim,
``collections.Counter`` picks the majority, and a correction is written for each claim the
majority rejects."""

from __future__ import annotations

import re
from collections import Counter

import autoform as af

from .client import tag

JUDGES = ["openai/gpt-4o", "openai/gpt-4o-mini", "openai/claude-haiku"]


def vote(claim: str, model: str) -> str:
    reply = af.lm_call(
        [{"role": "user", "content": f"Is this claim true? End with TRUE or FALSE.\n{claim}"}],
        model=model,
    )
    found = re.findall(r"\b(TRUE|FALSE)\b", reply.upper())
    return found[-1] if found else "FALSE"


def fact_check(claims: list[str]) -> dict[str, str]:
    verdicts = {}
    for claim in claims:
        tally = Counter(vote(claim, judge) for judge in JUDGES)
        verdicts[claim] = tally.most_common(1)[0][0]
    corrections = {}
    for claim, verdict in verdicts.items():
        if verdict == "FALSE":
            corrections[claim] = af.lm_call(
                [{"role": "user", "content": f"Correct this false claim in one sentence: {claim}"}],
                model=JUDGES[0],
            )
    return corrections


def respond(prompt: str) -> str | None:
    if prompt.startswith("Is this claim true?"):
        if "Great Wall" in prompt:
            return "It is not visible to the naked eye. FALSE"
        return f"Checked ({tag(prompt)}). TRUE"
    return None


CLAIMS = [
    "Water boils at 100 °C at sea level.",
    "The Great Wall of China is visible from the Moon with the naked eye.",
    "Octopuses have three hearts.",
]

PIPELINE = fact_check
ARGS = (CLAIMS,)
SEQUENTIAL_ROUNDS = 10
# The nine votes read only their claim (1 round); the one correction depends on the Great
# Wall's majority (1 round). 2 rounds.
OPTIMAL_ROUNDS = 2
