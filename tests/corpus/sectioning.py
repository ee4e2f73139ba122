"""Sectioning: an outline call answers JSON, each section is drafted on its own, an editor
call joins them."""

from __future__ import annotations

import json
import logging

from .client import tag
from .util import llm_call

log = logging.getLogger(__name__)

OUTLINE_TEMPLATE = """Write an outline for a blog post about {topic}.
Reply with JSON only: {{"sections": ["<title>", ...]}}"""

SECTION_TEMPLATE = """You are writing one section of a blog post about {topic}.
Write the section titled "{title}" in two short paragraphs."""


def write_post(topic: str) -> str:
    raw = llm_call(OUTLINE_TEMPLATE.format(topic=topic))
    try:
        sections = json.loads(raw)["sections"]
    except (json.JSONDecodeError, KeyError):
        log.warning("outline was not JSON, using a default one")
        sections = ["Introduction", "Details", "Conclusion"]

    drafts = []
    for title in sections:
        text = llm_call(SECTION_TEMPLATE.format(topic=topic, title=title))
        log.info("drafted %r (%d chars)", title, len(text))
        drafts.append(f"## {title}\n\n{text.strip()}")

    body = "\n\n".join(drafts)
    return llm_call(f"Edit this post for flow. Keep the headings.\n\n{body}")


def respond(prompt: str) -> str | None:
    if "Reply with JSON only" in prompt:
        titles = ["Why it matters", "How it works", "Pitfalls", f"Next steps {tag(prompt)}"]
        return json.dumps({"sections": titles})
    return None


PIPELINE = write_post
ARGS = ("vector databases",)
SEQUENTIAL_ROUNDS = 6
# The outline (1 round) decides the sections; the 4 section drafts need only the outline and
# not each other (1 round); the edit needs every draft (1 round). 3 rounds.
OPTIMAL_ROUNDS = 3
