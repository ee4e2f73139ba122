"""A module function named `repr` (with effects) called by a `__str__`: not the builtin. (From a review of this stop's change.)"""

import autoform as af

CAUSE = "shadowed builtin in a dunder"
ARGS = (["owls", "cats", "dogs", "ants"],)
LOG = []


def repr(x):
    LOG.append(x)
    return x.upper()


class Tag:
    def __init__(self, k):
        self.k = k

    def __str__(self):
        return repr(self.k)


def main(items: list):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(str(Tag(r)))
    return out
