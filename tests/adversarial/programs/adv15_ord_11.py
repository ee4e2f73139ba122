"""Items with a property that logs, read in the loop body after each call."""

import autoform as af

CAUSE = "dunder"
LOG = []


class Item:
    def __init__(self, name):
        self.name = name

    @property
    def label(self):
        LOG.append("label " + self.name)
        return self.name.title()


ARGS = ([Item("owls"), Item("cats"), Item("dogs")],)


def main(items: list):
    out = []
    for it in items:
        r = af.lm_call([{"role": "user", "content": it.name}], model="m")
        out.append(r + it.label)
    return out
