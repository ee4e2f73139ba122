"""A property given to a class after its body (`Tag.title = property(f)`), with effects. (From a review of this stop's change.)"""

import autoform as af

CAUSE = "property outside a class body"
ARGS = (["owls", "cats", "dogs", "ants"],)
LOG = []


class Tag:
    def __init__(self, k):
        self.k = k


def _title(self):
    LOG.append(self.k)
    return self.k.upper()


Tag.title = property(_title)


def main(items: list):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(Tag(r).title)
    return out
