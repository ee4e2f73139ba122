"""An object's __len__ logs; the prompt builder uses len() of it per turn after a call."""

import autoform as af

CAUSE = "dunder"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Bag:
    def __init__(self):
        self.items = []

    def __len__(self):
        LOG.append(f"len {len(self.items)}")
        return len(self.items)


def main(topics: list):
    bag = Bag()
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": f"{t} ({len(bag)} so far)"}], model="m")
        bag.items.append(r)
        out.append(r)
    return out
