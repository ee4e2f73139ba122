"""A __bool__ given as a lambda in the class body that appends to a module list; the loop
tests each record's truth before asking."""

import autoform as af

CAUSE = "dunder lambda in class body"
LOG = []


class Rec:
    def __init__(self, name):
        self.name = name

    __bool__ = lambda self: LOG.append(self.name) or len(self.name) > 3  # noqa: E731


ARGS = ([Rec("owls"), Rec("cat"), Rec("dogs")],)


def main(recs: list):
    out = []
    for r in recs:
        if r:
            out.append(af.lm_call([{"role": "user", "content": r.name}], model="m"))
    return out
