"""Translation with a back-translation check: per language, translate, translate back, and
score the round trip (a score parsed from the reply with a regex)."""

from __future__ import annotations

import re

import autoform as af

MODEL = "openai/gpt-4o-mini"

TRANSLATE = "Translate into {language}. Reply with the translation only.\n\n{text}"
BACK = "Translate this {language} text into English. Reply with the translation only.\n\n{text}"
COMPARE = """Rate from 0 to 10 how closely the two English texts match in meaning.
Answer like "Score: 7/10".

A: {original}
B: {round_trip}"""


def ask(prompt: str) -> str:
    reply = af.lm_call([{"role": "user", "content": prompt}], model=MODEL, temperature=0)
    return reply.strip()


def check_translations(text: str, languages: list[str]) -> dict[str, tuple[str, int]]:
    results = {}
    for language in languages:
        translated = ask(TRANSLATE.format(language=language, text=text))
        back = ask(BACK.format(language=language, text=translated))
        verdict = ask(COMPARE.format(original=text, round_trip=back))
        match = re.search(r"(\d+)\s*/\s*10", verdict)
        results[language] = (translated, int(match.group(1)) if match else 0)
    return results


def respond(prompt: str) -> str | None:
    if prompt.startswith("Rate from 0 to 10"):
        return f"Score: {7 + len(prompt) % 3}/10"
    return None


PIPELINE = check_translations
ARGS = ("Our offices are closed on Monday for the public holiday.", ["French", "German", "Thai"])
SEQUENTIAL_ROUNDS = 9
# Per language a chain of 3 (the back-translation reads the translation, the comparison the
# back-translation). The languages share nothing: 3 rounds.
OPTIMAL_ROUNDS = 3
