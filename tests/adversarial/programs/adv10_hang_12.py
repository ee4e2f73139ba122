"""Early return from a loop once a condition on the item holds, with calls with documents of
later items possibly already started."""

import autoform as af

CAUSE = "turns"
ARGS = (["owls", "cats", "stop", "dogs", "bats"],)
LOG = []


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        LOG.append(self.text)
        return self.text

    __repr__ = __str__


def main(topics: list):
    out = []
    for t in topics:
        if t == "stop":
            return out
        out.append(af.lm_call([{"role": "user", "content": Doc(t)}], model="m"))
    return out
