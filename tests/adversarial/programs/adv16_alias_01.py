"""A tally object built in main; an alias of its inner dict is taken before the loop. Each
item's prompt quotes len(alias); the rest of the item calls tally.add (a method of the
user's class that mutates only its own dict)."""

import autoform as af

CAUSE = "alias of object dict - method mutates"
ARGS = (["owls", "cats", "dogs"],)


class Tally:
    def __init__(self):
        self.counts = {}

    def add(self, k):
        self.counts[k] = self.counts.get(k, 0) + 1


def main(items: list):
    tally = Tally()
    counts = tally.counts
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} seen={len(counts)}"}], model="m")
        tally.add(r[-6:])
    return counts
