"""A class-level cache dict (a class attribute) shared across instances made per item;
duplicate items hit the cache of a different instance."""

import autoform as af

CAUSE = "class attribute cache"
ARGS = (["owls", "cats", "owls", "cats", "dogs"],)


class Asker:
    cache = {}

    def __init__(self, t):
        self.t = t

    def ask(self):
        if self.t not in self.cache:
            self.cache[self.t] = af.lm_call([{"role": "user", "content": self.t}], model="m")
            print("miss", self.t)
        return self.cache[self.t]


def main(items: list):
    return [Asker(t).ask() for t in items]
