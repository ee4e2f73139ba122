"""Product copy with a module-level config: helpers read the model and temperature of each
role from ``CONFIG``; title, keywords and audience are asked for independently and a blurb
is written from them."""

from __future__ import annotations

import autoform as af

CONFIG = {
    "roles": {
        "namer": {"model": "openai/gpt-4o-mini", "temperature": 0.9},
        "analyst": {"model": "openai/gpt-4o", "temperature": 0.0},
        "writer": {"model": "openai/gpt-4o", "temperature": 0.7},
    },
    "max_words": 60,
    "brand_voice": "warm, plain, no exclamation marks",
}


def ask(prompt: str, role: str = "analyst") -> str:
    settings = CONFIG["roles"][role]
    messages = [
        {"role": "system", "content": f"Brand voice: {CONFIG['brand_voice']}."},
        {"role": "user", "content": prompt},
    ]
    return af.lm_call(messages, model=settings["model"], temperature=settings["temperature"])


def product_copy(spec: str) -> dict[str, str]:
    title = ask(f"Suggest a product name for: {spec}", role="namer")
    keywords = ask(f"List 5 SEO keywords, comma-separated, for: {spec}")
    audience = ask(f"Who is the target customer of: {spec}? One sentence.")
    limit = CONFIG["max_words"]
    blurb = ask(
        f"Write a blurb of at most {limit} words for {title}.\nSpec: {spec}\n"
        f"Keywords: {keywords}\nAudience: {audience}",
        role="writer",
    )
    return {"title": title, "keywords": keywords, "blurb": blurb}


PIPELINE = product_copy
ARGS = ("A solar-powered bike light with a USB-C backup port and 40 h battery",)
SEQUENTIAL_ROUNDS = 4
# The name, keywords and audience read only the spec (1 round); the blurb reads all three
# (1 round). 2 rounds.
OPTIMAL_ROUNDS = 2
