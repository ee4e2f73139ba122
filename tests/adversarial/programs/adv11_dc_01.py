"""A dataclass whose default factory numbers each note from a module counter; each reply is
wrapped in a note."""

import dataclasses
import itertools

import autoform as af

CAUSE = "dataclass"
ARGS = (["owls", "cats", "dogs"],)
_ids = itertools.count(1)
MADE = 0


def next_id():
    global MADE
    MADE += 1
    return next(_ids)


@dataclasses.dataclass
class Note:
    text: str
    id: int = dataclasses.field(default_factory=next_id)


def main(topics: list):
    notes = []
    for t in topics:
        notes.append(Note(af.lm_call([{"role": "user", "content": t}], model="m")))
    return [(n.id, n.text) for n in notes]
