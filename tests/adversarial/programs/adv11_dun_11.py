"""A document's __bool__ bumps a module counter; a batch keeps non-empty documents."""

import autoform as af

CAUSE = "fan-out dunder"
ARGS = (["owls", "", "cats"],)
CHECKED = []


class Doc:
    def __init__(self, t):
        self.t = t

    def __bool__(self):
        CHECKED.append(self.t)
        return bool(self.t)


def keep(d, r):
    return r if d else None


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t or "empty"}], model="m")
        out.append(keep(Doc(t), r))
    return out
