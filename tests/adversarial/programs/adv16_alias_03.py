"""Two names for one dict made through dict.setdefault's return value: notes.setdefault
returns the inner list, the rest appends to it, and the prompt reads notes' inner list."""

import autoform as af

CAUSE = "setdefault returns inner list"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    notes = {}
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} {len(notes.get('all', []))}"}], model="m")
        notes.setdefault("all", []).append(r[-5:])
    return notes
