"""Translation with back-translation: a release note is translated into each language
(``TEMPLATE.format(**kwargs)``, prompts dedented with ``textwrap``), each translation is
translated back, and a reviewer compares every back-translation with the source."""

from __future__ import annotations

import textwrap

from .util import llm_call

TRANSLATE = textwrap.dedent(
    """\
    Translate the text into {language}. Keep product names in English.
    Tone: {tone}.

    {text}"""
)

BACK = textwrap.dedent(
    """\
    Translate this {language} text back into English, literally.

    {text}"""
)


def localise(note: str, languages: list[str], tone: str = "friendly") -> dict[str, str]:
    settings = {"tone": tone}
    translations = {}
    for language in languages:
        kwargs = {"language": language, "text": note, **settings}
        translations[language] = llm_call(TRANSLATE.format(**kwargs))
    backs = {}
    for language, text in translations.items():
        backs[language] = llm_call(BACK.format(language=language, text=text))
    comparison = "\n".join(
        f"{language}: {textwrap.shorten(back, width=120)}" for language, back in backs.items()
    )
    review = llm_call(
        textwrap.fill(f"Source: {note}", width=80) + "\n\nBack-translations:\n" + comparison
    )
    return {"translations": translations, "review": review}


PIPELINE = localise
ARGS = (
    "Version 4.2 adds offline mode to Notely and fixes the sync bug on iPad.",
    ["French", "German", "Japanese"],
)
SEQUENTIAL_ROUNDS = 7
# The three translations read only the note (1 round); each back-translation reads its
# translation (1 round); the review reads all three (1 round). 3 rounds.
OPTIMAL_ROUNDS = 3
