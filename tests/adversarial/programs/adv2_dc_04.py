"""A dataclass built before two calls; the first call's reply is stored on it, and the
second call formats the whole object (its repr reads the field)."""

from dataclasses import dataclass, field

import autoform as af

CAUSE = "dataclass"
ARGS = ("owls",)


@dataclass
class State:
    topic: str
    notes: list = field(default_factory=list)


def main(topic: str):
    s = State(topic)
    a = af.lm_call([{"role": "user", "content": "a " + topic}], model="m")
    s.notes.append(a)
    b = af.lm_call([{"role": "user", "content": repr(s)}], model="m")
    return b
