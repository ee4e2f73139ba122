"""A `list[Source]` parameter of dataclasses whose `__class__` property logs: the entry
check reads fields without running anyone's code (the sequential run never asks)."""

from dataclasses import dataclass

import autoform as af

CAUSE = "introspection"
LOG = []


@dataclass
class Source:
    title: str
    body: str

    @property
    def __class__(self):
        LOG.append("class of " + self.title)
        return Source


ARGS = ([Source("a", "owls"), Source("b", "bats")],)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(sources: list[Source]):
    out = []
    for s in sources:
        out.append(ask(f"{s.title}: {s.body}"))
    return out
