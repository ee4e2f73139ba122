"""The loop iterates a keys() view of the dict it stores new keys into: Python raises
"dictionary changed size during iteration" after the first store."""

import autoform as af

CAUSE = "keys view iterated while dict grows"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    notes = {}
    for t in items:
        notes[t] = t.upper()
    todo = notes.keys()
    for key in todo:
        notes[f"{key}_summary"] = af.lm_call([{"role": "user", "content": key}], model="m")
    return notes
