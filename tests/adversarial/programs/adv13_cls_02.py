"""Frozen dataclasses with defaults and asdict: each record gets an id from a module-level
default_factory counter; records are serialised into the final prompt."""

import dataclasses
import json

import autoform as af

CAUSE = "dataclass default_factory counter"
ARGS = (["owls", "cats", "dogs"],)
MADE = [0]


def _next_id():
    MADE[0] += 1
    return MADE[0]


@dataclasses.dataclass(frozen=True)
class Note:
    topic: str
    text: str
    tags: tuple = ()
    id: int = dataclasses.field(default_factory=_next_id)


def main(items: list):
    notes = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        notes.append(Note(t, r, tags=(t[0],)))
    payload = json.dumps([dataclasses.asdict(n) for n in notes])
    return af.lm_call([{"role": "user", "content": payload}], model="m")
