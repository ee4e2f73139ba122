"""Support inbox with logging in every loop (``logger.debug("%s", x)`` and f-strings):
each ticket's sentiment is classified, the negative ones get an apology drafted, and a
shift report is written."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from .client import tag
from .util import llm_call

logger = logging.getLogger(__name__)


@dataclass
class Ticket:
    id: int
    customer: str
    text: str


def shift(tickets: list[Ticket]) -> dict:
    sentiments = {}
    for ticket in tickets:
        logger.debug("classifying ticket %s", ticket.id)
        reply = llm_call(f"Sentiment of this message (positive/neutral/negative):\n{ticket.text}")
        sentiments[ticket.id] = reply.strip().lower()
        logger.debug(f"ticket {ticket.id}: {sentiments[ticket.id]}")
    apologies = {}
    for ticket in tickets:
        if sentiments[ticket.id] != "negative":
            continue
        logger.debug("%s", f"drafting apology for {ticket.customer}")
        apologies[ticket.id] = llm_call(
            f"Write a short apology to {ticket.customer} about: {ticket.text}"
        )
        logger.info("apology %d: %d chars", ticket.id, len(apologies[ticket.id]))
    counts = {s: list(sentiments.values()).count(s) for s in set(sentiments.values())}
    logger.debug("counts %s", counts)
    report = llm_call(f"Write a two-line shift report. Sentiments: {sorted(counts.items())}")
    return {"apologies": apologies, "report": report}


def respond(prompt: str) -> str | None:
    if prompt.startswith("Sentiment of this message"):
        if "broken" in prompt or "twice" in prompt:
            return "Negative\n"
        return "positive" if "Thanks" in prompt else f"neutral ({tag(prompt)})"
    return None


TICKETS = [
    Ticket(101, "Ada", "My order arrived broken and nobody answers the phone."),
    Ticket(102, "Bo", "Thanks, the replacement works great."),
    Ticket(103, "Cy", "Charged twice this month, please fix this now."),
    Ticket(104, "Di", "How do I change my delivery address?"),
]

PIPELINE = shift
ARGS = (TICKETS,)
SEQUENTIAL_ROUNDS = 7  # 4 sentiments, 2 apologies (Ada, Cy), the report
# The four sentiments read only their ticket (1 round); which tickets get an apology depends
# on them: the apologies (1 round, made only for the negative ones) and the report, which
# reads only the counts, beside them. 2 rounds.
OPTIMAL_ROUNDS = 2
