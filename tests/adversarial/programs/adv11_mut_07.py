"""The batch is a list subclass whose __iter__ yields the items newest first."""

import autoform as af

CAUSE = "mutation"
ARGS = None
LOG = []


class NewestFirst(list):
    def __iter__(self):
        LOG.append("iter")
        return reversed(self)


ARGS = (NewestFirst(["owls", "cats", "dogs"]),)


def main(topics: list):
    out = []
    for t in topics:
        out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
    return out
