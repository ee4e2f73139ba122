"""A Tracker made per item appends to a class attribute list shared by all instances;
the loop's items each make their own Tracker."""

import autoform as af

CAUSE = "class attribute shared list"
ARGS = (["owls", "cats", "dogs"],)


class Tracker:
    events = []

    def __init__(self, name):
        self.name = name

    def add(self, what):
        self.events.append(f"{self.name}:{what}")


def main(items: list):
    out = []
    for t in items:
        tr = Tracker(t)
        tr.add("start")
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        tr.add(len(r))
        out.append(r)
    return out, list(Tracker.events)
