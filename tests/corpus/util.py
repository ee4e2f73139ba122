"""The helpers of the Anthropic cookbook's agent patterns (``patterns/agents/util.py``),
calling the model through autoform. Several pipelines import them, as the cookbook's
notebooks do."""

from __future__ import annotations

import re

import autoform as af

MODEL = "openai/claude-sonnet"


def llm_call(prompt: str, system_prompt: str = "", model: str = MODEL) -> str:
    """Send one user prompt (and an optional system prompt); return the reply's text."""
    messages = [{"role": "user", "content": prompt}]
    if system_prompt:
        messages.insert(0, {"role": "system", "content": system_prompt})
    return af.lm_call(messages, model=model, max_tokens=4096, temperature=0.1)


def extract_xml(text: str, tag: str) -> str:
    """The content of the first ``<tag>...</tag>`` in ``text``, or ``""``."""
    match = re.search(f"<{tag}>(.*?)</{tag}>", text, re.DOTALL)
    return match.group(1) if match else ""
