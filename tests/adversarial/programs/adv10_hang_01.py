"""Under af.limits(max_concurrency=1), a loop of calls whose messages hold documents that
log when rendered; the results feed a last call."""

import autoform as af

CAUSE = "turns"
ARGS = (["owls", "cats", "dogs", "bats"],)
LOG = []


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        LOG.append("render " + self.text[:10])
        return self.text

    __repr__ = __str__


def main(topics: list):
    with af.limits(max_concurrency=1):
        notes = [af.lm_call([{"role": "user", "content": Doc(t)}], model="m") for t in topics]
        last = af.lm_call([{"role": "user", "content": Doc(" ".join(notes))}], model="m")
    return notes, last
