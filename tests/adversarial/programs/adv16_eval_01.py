"""Augmented assignment on an attribute of an optional record: `rec.total += len(ask())` —
for a None record the attribute read raises before the call is made; caught per item."""

import autoform as af

CAUSE = "augassign target first"
ARGS = (["owls", "cats", "dogs"],)


class Rec:
    def __init__(self):
        self.total = 0


def main(items: list):
    recs = {"owls": Rec(), "dogs": Rec()}
    out = []
    for t in items:
        rec = recs.get(t)
        try:
            rec.total += len(af.lm_call([{"role": "user", "content": t}], model="m"))
            out.append(rec.total)
        except AttributeError as exc:
            out.append(str(exc))
    return out
