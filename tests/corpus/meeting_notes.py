"""Meeting notes: action items extracted per transcript segment (JSON, logged), an overall
summary of the whole transcript, and a follow-up email from both."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from .client import tag
from .util import llm_call

log = logging.getLogger(__name__)


@dataclass
class Segment:
    speaker: str
    text: str


ITEMS_TEMPLATE = """List the action items in what {speaker} said, as a JSON list of strings.

{text}"""


def follow_up(segments: list[Segment]) -> str:
    items: list[str] = []
    for segment in segments:
        raw = llm_call(ITEMS_TEMPLATE.format(speaker=segment.speaker, text=segment.text))
        try:
            found = json.loads(raw)
        except json.JSONDecodeError:
            found = []
        log.info("%s: %d action items", segment.speaker, len(found))
        items.extend(found)
    transcript = "\n".join(f"{s.speaker}: {s.text}" for s in segments)
    summary = llm_call(f"Summarise this meeting in three sentences:\n\n{transcript}")
    todo = "\n".join(f"- {item}" for item in items)
    return llm_call(f"Write a follow-up email.\nSummary: {summary}\nAction items:\n{todo}")


def respond(prompt: str) -> str | None:
    if "as a JSON list of strings" in prompt:
        return json.dumps([f"item {tag(prompt)}", "send the slides"])
    return None


SEGMENTS = [
    Segment("Ana", "I'll finish the pricing page by Friday and ask legal about the terms."),
    Segment("Ben", "The load test failed at 2k rps; I need to profile the session store."),
    Segment("Chloé", "Marketing wants the launch date confirmed before the newsletter."),
    Segment("Dev", "I can pair with Ben on profiling on Thursday."),
]

PIPELINE = follow_up
ARGS = (SEGMENTS,)
SEQUENTIAL_ROUNDS = 6
# The four extractions and the summary read only the transcript (1 round for all five); the
# email reads them all (1 round). 2 rounds.
OPTIMAL_ROUNDS = 2
