"""main runs af.map_sync over a compiled pipeline whose calls hold documents."""

import autoform as af

CAUSE = "turns"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        LOG.append(self.text[:8])
        return self.text

    __repr__ = __str__


def _one(t):
    a = af.lm_call([{"role": "user", "content": Doc(t)}], model="m")
    b = af.lm_call([{"role": "user", "content": Doc(t + "!")}], model="m")
    return a + b


one = af.concurrent(_one)


def main(topics: list):
    got = af.map_sync(one, topics, progress=False)
    return sorted(got), sorted(LOG)
