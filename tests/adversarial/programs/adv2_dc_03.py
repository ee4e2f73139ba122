"""A frozen dataclass validates in __post_init__ (ValueError for an empty reply-free item);
the item before it fails its call."""

from dataclasses import dataclass

import autoform as af

CAUSE = "deferred"
ARGS = (["a", "boom", ""],)
FAIL = {"boom"}


@dataclass(frozen=True)
class Item:
    name: str

    def __post_init__(self):
        if not self.name:
            raise ValueError("empty item")


def main(items: list[str]):
    out = []
    for x in items:
        it = Item(x)
        out.append(af.lm_call([{"role": "user", "content": it.name}], model="m"))
    return out
