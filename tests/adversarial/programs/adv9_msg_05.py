"""A dataclass with a custom `__repr__` that logs is a message's content, in a loop where one
call fails."""

from dataclasses import dataclass

import autoform as af

CAUSE = "messages"
ARGS = (["owls", "bad", "cats"],)
FAIL = ["bad"]
LOG = []


@dataclass
class Card:
    title: str

    def __repr__(self):
        LOG.append(self.title)
        return f"Card({self.title})"


def main(topics: list):
    out = []
    for t in topics:
        out.append(af.lm_call([{"role": "user", "content": Card(t)}], model="m"))
    return out
