"""Summaries stored under new keys of the very dict being iterated: Python raises
"dictionary changed size during iteration" after the first store."""

import autoform as af

CAUSE = "dict grows while iterated"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    notes = {t: t.upper() for t in items}
    for key in notes:
        notes[f"{key}_summary"] = af.lm_call([{"role": "user", "content": key}], model="m")
    return notes
