"""A class made by `type()` whose namespace holds a property with effects. (From a review of this stop's change.)"""

import autoform as af

CAUSE = "property outside a class body"
ARGS = (["owls", "cats", "dogs", "ants"],)
LOG = []


def _title(self):
    LOG.append(self.k)
    return self.k.upper()


def _init(self, k):
    self.k = k


Tag = type("Tag", (), {"__init__": _init, "title": property(_title)})


def main(items: list):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(Tag(r).title)
    return out
